namespace Payoff.Core.Reporting.Verdict;

/// <summary>What a network does for the business, from its shares and rates against the rest of the workspace.</summary>
public enum NetworkRole
{
    /// <summary>Customers ÷ contacts significantly above the rest's: it turns leads into buyers.</summary>
    Converter,

    /// <summary>Contact rate significantly above the rest's: few visits, but they become leads.</summary>
    LeadGenerator,

    /// <summary>A large share of sessions (≥ 15 %) without a better contact rate.</summary>
    TrafficDriver,

    /// <summary>A large share of reach (≥ 20 %) with a small share of sessions (&lt; 10 %).</summary>
    AwarenessBuilder,

    /// <summary>None of the above.</summary>
    Underperformer,
}
