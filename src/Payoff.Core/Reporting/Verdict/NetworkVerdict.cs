using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>One network's verdict: role, recommendation, the reasons with numbers, and what to try before cutting.</summary>
/// <param name="Facts">The numbers the rules looked at.</param>
/// <param name="Role">The network's role.</param>
/// <param name="Recommendation">What to do.</param>
/// <param name="Reasons">Why, in sentences that quote the numbers.</param>
/// <param name="Experiments">What to try before cutting (or to improve).</param>
/// <param name="SessionTrend">The trend test of its weekly sessions over the covered weeks, or null when there is none (fewer than two covered months, or nothing to fit).</param>
/// <param name="ContactTrend">The trend test of its weekly new contacts, as <paramref name="SessionTrend"/>.</param>
/// <param name="BestCampaign">The campaign with the highest contact-rate lower bound (30+ sessions).</param>
/// <param name="WorstCampaign">The campaign with the lowest contact-rate upper bound (30+ sessions).</param>
/// <param name="MonthlySaving">For cut and reduce time: what stopping it (cut) or halving its staff time (reduce time) saves a month, in the workspace currency; otherwise null.</param>
public sealed record NetworkVerdict(
    NetworkFacts Facts,
    NetworkRole Role,
    Recommendation Recommendation,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Experiments,
    CountTrend? SessionTrend,
    CountTrend? ContactTrend,
    CampaignResult? BestCampaign,
    CampaignResult? WorstCampaign,
    decimal? MonthlySaving)
{
    /// <summary>Weeks in an average month (365.25 ÷ 12 ÷ 7): turns a weekly slope into a monthly change.</summary>
    public const double WeeksPerMonth = 365.25 / 12 / 7;

    /// <summary>
    /// True when the rules called for a cut but no content experiment had been tried on it (<see cref="NetworkFacts.Tried"/>),
    /// so it was told to reduce time and experiment first. A host that built the verdict before reading the experiment log
    /// reads it and builds again when any verdict says so.
    /// </summary>
    public bool CutGated { get; init; }

    /// <summary>The contact rate's interval.</summary>
    public WilsonInterval ContactRate => new(Facts.Totals.Contacts, Facts.Totals.Sessions);

    /// <summary>The estimated monthly change of its sessions (a fraction: 0.1 is +10 % a month), whether significant or not; null without a trend test.</summary>
    public double? Trend => SessionTrend?.ChangeOver(WeeksPerMonth);

    /// <summary>Where its sessions are going: rising or falling only when the trend test says so.</summary>
    public TrendDirection SessionDirection => SessionTrend?.Direction ?? TrendDirection.Steady;

    /// <summary>Where its new contacts are going, as <see cref="SessionDirection"/>.</summary>
    public TrendDirection ContactDirection => ContactTrend?.Direction ?? TrendDirection.Steady;
}
