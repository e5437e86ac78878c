using System.Globalization;
using Payoff.Application.Overview;
using Payoff.Application.Tables;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;
using Payoff.Web.Goals;

namespace Payoff.Web.Overview;

/// <summary>The overview page (and its export): <see cref="OverviewHandler"/>'s report with the days as a chart and the networks and goals tables.</summary>
/// <param name="Report">The period against the one before, per day, the networks' ROI and the goals.</param>
/// <param name="Days">The chart's labels (one per day, MM-dd).</param>
/// <param name="Trend">Sessions (left axis), contacts and customers (right axis: they are far fewer) per day.</param>
/// <param name="Tables">The networks and goals tables.</param>
/// <param name="ComputedAt">When the figures were computed (pages are cached a minute).</param>
public sealed record OverviewModel(OverviewReport Report, IReadOnlyList<string> Days, IReadOnlyList<ChartLine> Trend, IReadOnlyList<ReportTable> Tables, DateTimeOffset ComputedAt)
{
    /// <summary>
    /// Builds the page's model in the scope's session over the scope's days, with the verdict of the scope's months: one
    /// ledger read. The goals' progress is taken from <paramref name="cache"/> when a page of the same data kept it (the
    /// read then leaves out their history), else tracked from the read and kept.
    /// </summary>
    public static async Task<OverviewModel> BuildAsync(DashboardScope scope, OverviewHandler handler, DashboardCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(cache);
        var goalsKey = GoalsModel.CacheKey(scope.Workspace, scope.Workspace.Calendar.Today(scope.Time));
        var kept = cache.Kept<IReadOnlyList<Core.Goals.GoalProgress>>(goalsKey);
        var version = cache.DataVersion;
        var report = await handler.HandleAsync(scope.Session, scope.Workspace, new OverviewRequest(scope.Range) { Verdict = scope.VerdictPeriod, Goals = kept }, cancellationToken);
        if (kept is null)
        {
            cache.Keep(goalsKey, version, report.Goals);
        }

        var range = report.Range;
        var trend = new List<ChartLine>
        {
            new("Sessions", [.. report.Days.Select(d => (double?)d.Sessions)]),
            new("Contacts", [.. report.Days.Select(d => (double?)d.Contacts)]) { Axis = ChartAxis.Right },
            new("Customers", [.. report.Days.Select(d => (double?)d.Customers)]) { Axis = ChartAxis.Right },
        };
        var labels = Enumerable.Range(0, range.Days).Select(i => range.From.AddDays(i).ToString("MM-dd", CultureInfo.InvariantCulture)).ToList();
        var today = scope.Today.DayNumber - range.From.DayNumber;
        return new OverviewModel(report, labels, trend, [Networks(scope, report.Roi), GoalsModel.PageTable(scope, report.Goals)], scope.Time.GetUtcNow())
        {
            PartialDay = today >= 0 && today < range.Days ? today : null,
        };
    }

    /// <summary>The verdict of the scope's months (<see cref="DashboardScope.VerdictPeriod"/>), without goals: "what to do now" joins it with the goals.</summary>
    public VerdictReport Verdict => Report.Verdict!;

    /// <summary>The index in <see cref="Days"/> of today in the workspace's time zone (a day not over yet, drawn as partial), or null when the range ended before today.</summary>
    public int? PartialDay { get; init; }

    /// <summary>
    /// When the figures were computed, as the workspace's people read the clock: the time in <paramref name="zone"/> with
    /// its name and offset from UTC ("15:05 Europe/Warsaw (UTC+01:00)"), culture-invariant.
    /// </summary>
    public static string AsOf(DateTimeOffset computedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(computedAt, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH:mm} {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    /// <summary>The ROI report as the networks table (each network links to its page).</summary>
    public static ReportTable Networks(DashboardScope scope, RoiReport roi)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(roi);
        var currency = roi.Currency;
        return new ReportTable(
            "networks",
            "Networks",
            [new("Network"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency), TableColumn.Money($"Cost ({currency})", currency), new("ROI", CellKind.Percent)],
            [.. roi.Rows.Select(r => new TableRow(Cells(r.Network, r.Totals, r.Roi), scope.Link("/network", ("n", r.Network))))],
            new TableRow(Cells(roi.AllChannels.Name, roi.AllChannels.Totals, roi.AllChannels.Roi)))
        {
            Subtotals = [new TableRow(Cells(roi.SocialNetworks.Name, roi.SocialNetworks.Totals, roi.SocialNetworks.Roi))],
        };
    }

    private static object?[] Cells(string name, LedgerTotals t, decimal? roi) => [name, t.Sessions, t.Contacts, t.Customers, t.Revenue, t.TotalCost, roi];
}
