using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>One network's verdict: role, recommendation, the reasons with numbers, and what to try before cutting.</summary>
/// <param name="Facts">The numbers the rules looked at.</param>
/// <param name="Role">The network's role.</param>
/// <param name="Recommendation">What to do.</param>
/// <param name="Reasons">Why, in sentences that quote the numbers.</param>
/// <param name="Experiments">What to try before cutting (or to improve).</param>
/// <param name="Trend">The monthly change of sessions over the period (a fraction; null with fewer than two months).</param>
/// <param name="BestCampaign">The campaign with the highest contact-rate lower bound (30+ sessions).</param>
/// <param name="WorstCampaign">The campaign with the lowest contact-rate upper bound (30+ sessions).</param>
public sealed record NetworkVerdict(
    NetworkFacts Facts,
    NetworkRole Role,
    Recommendation Recommendation,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Experiments,
    double? Trend,
    CampaignResult? BestCampaign,
    CampaignResult? WorstCampaign)
{
    /// <summary>The contact rate's interval.</summary>
    public WilsonInterval ContactRate => new(Facts.Totals.Contacts, Facts.Totals.Sessions);
}
