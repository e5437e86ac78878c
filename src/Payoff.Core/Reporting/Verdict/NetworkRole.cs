namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// What a network does for the business, from its shares and rates against the rest of the workspace,
/// tested in this order (the first that holds). A role never contradicts the recommendation: an
/// underperformer is never scaled or kept, a converter or lead generator is never cut or reduced.
/// </summary>
public enum NetworkRole
{
    /// <summary>Customers ÷ contacts significantly above the rest's: it turns leads into buyers.</summary>
    Converter,

    /// <summary>Contact rate significantly above the rest's: few visits, but they become leads.</summary>
    LeadGenerator,

    /// <summary>
    /// A large share of the workspace's sessions (≥ 15 %, <see cref="VerdictRules.SmallShare"/>) at a
    /// contact rate not really below the rest's (neither higher: that is a lead generator), or whose
    /// visits carry a value of their own that covers their cost (an ad-supported site); or at least half
    /// the sessions (<see cref="VerdictRules.MajorShare"/>), whatever its rate. A network with 15–50 % of
    /// the sessions whose visitors become leads really less often, and whose visits do not pay, is not one.
    /// </summary>
    TrafficDriver,

    /// <summary>A large share of reach (≥ 20 %) with a small share of sessions (&lt; 10 %).</summary>
    AwarenessBuilder,

    /// <summary>
    /// Enough data, and it does not pay: its return does not cover its cost and its ROI is below the
    /// social networks' together — or, without costs, its contact rate is significantly below the
    /// rest's and its visits carry no value. Every network told to cut or reduce time is one, whatever
    /// it would be otherwise. A network with a return above its cost is never one.
    /// </summary>
    Underperformer,

    /// <summary>None of the above: it adds visits and leads at about the rest's rates, without standing out either way.</summary>
    Contributor,
}
