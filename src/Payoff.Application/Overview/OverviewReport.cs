using System.Globalization;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>The overview of a period: its totals against the as many days before, per day, the networks' ROI and the goals.</summary>
/// <param name="Range">The days.</param>
/// <param name="Currency">The workspace's currency (ISO 4217), of every amount.</param>
/// <param name="Current">The period's totals (first-touch, like the ROI report).</param>
/// <param name="Previous">The totals of the <see cref="DateRange.Days"/> days before (<see cref="DateRange.PreviousPeriod"/>).</param>
/// <param name="Days">The period's totals per day, one per day of <paramref name="Range"/> in order (zero on a day without data).</param>
/// <param name="Roi">The ROI report of the period per network.</param>
/// <param name="PreviousRoi">The social networks' ROI total of the days before.</param>
/// <param name="PreviousCoverage">The days before with data, which decide whether changes are shown as percentages (<see cref="Change.Of"/>).</param>
/// <param name="Goals">The workspace's active goals, tracked today.</param>
public sealed record OverviewReport(DateRange Range, string Currency, LedgerTotals Current, LedgerTotals Previous, IReadOnlyList<LedgerTotals> Days, RoiReport Roi, RoiTotal PreviousRoi, Coverage PreviousCoverage, IReadOnlyList<GoalProgress> Goals)
{
    /// <summary>The verdict of the months <see cref="OverviewRequest.Verdict"/> asked for, without goals; null when none was asked for.</summary>
    public VerdictReport? Verdict { get; init; }

    /// <summary>The headline cards: sessions, contacts, customers, revenue and cost with their changes against the days before.</summary>
    public IReadOnlyList<Headline> Headlines =>
    [
        Card("Sessions", "sessions", Current.Sessions, Previous.Sessions, false),
        Card("Contacts", "contacts", Current.Contacts, Previous.Contacts, false),
        Card("Customers", "customers", Current.Customers, Previous.Customers, false),
        Card($"Revenue ({Currency})", "revenue", Current.Revenue, Previous.Revenue, true),
        Card($"Cost ({Currency})", "cost", Current.TotalCost, Previous.TotalCost, true),
    ];

    /// <summary>What the ROI card says under the social networks' ROI: the ROI before, or why there is none to show or compare.</summary>
    public string RoiComparison
    {
        get
        {
            var now = Roi.SocialNetworks;
            return now.Totals.TotalCost == 0
                ? "No ROI: no cost logged or imported for the social networks (payoff time log, payoff import costs)."
                : now is { Roi: null, WithoutCost.Count: > 0 }
                ? $"Social networks only; not shown because {string.Join(", ", now.WithoutCost)} carry no cost."
                : !PreviousCoverage.IsEnough
                ? $"No comparison: the {Range.Days} days before have data on {PreviousCoverage.DaysWithData} of them."
                : PreviousRoi.Roi is { } was ? $"Social networks; was {was.ToString("0%", CultureInfo.InvariantCulture)}" : "Social networks; no ROI in the days before.";
        }
    }

    private Headline Card(string label, string metric, decimal now, decimal was, bool money) => new(label, metric, now, money ? Currency : null, Change.Of(now, was, PreviousCoverage));
}
