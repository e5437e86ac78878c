using System.Globalization;
using Payoff.Application.Benchmark;
using Payoff.Application.Networks;
using Payoff.Application.Requests;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Application.Tables;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Verdict;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Components.Models;

/// <summary>
/// One network's page (<c>/network?n=facebook</c>): its months (sessions, contacts, contact rate —
/// the tracking view of seed 000), its social metrics, its costs and ROI per campaign, its goals and
/// its verdict with the reasons. A channel without a network (<c>?n=Organic Search</c>) gets its own
/// name, its monthly benchmark, its costs where any, and how it compares with the social networks.
/// </summary>
/// <param name="Network">The network's canonical name.</param>
/// <param name="Period">The whole months the verdict judges (the same as the overview's and the CLI's).</param>
/// <param name="Months">The chart's labels.</param>
/// <param name="Monthly">Sessions (left axis) and contacts (right axis) per month.</param>
/// <param name="Goals">The network's goals.</param>
/// <param name="Verdict">Its verdict, or null when it had no data in the verdict's months.</param>
/// <param name="Tables">Monthly, social and campaigns tables.</param>
public sealed record NetworkModel(string Network, VerdictPeriod Period, IReadOnlyList<string> Months, IReadOnlyList<ChartLine> Monthly, IReadOnlyList<GoalProgress> Goals, NetworkVerdict? Verdict, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>
    /// The network named by <c>?n=</c>, or null when none is named; built by <see cref="NetworkPageHandler"/> through the
    /// scope's session (one ledger read for the goals' progress, ROI per campaign and the verdict or channel comparison).
    /// A name that is neither a known network, a channel nor one in the workspace's data gives a model with only
    /// <see cref="Problem"/>.
    /// </summary>
    public static async Task<NetworkModel?> BuildAsync(DashboardScope scope, NetworkPageHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        if (scope["n"] is not { } asked)
        {
            return null;
        }

        var (workspace, period) = (scope.Workspace, scope.VerdictPeriod);
        var request = new NetworkPageRequest(asked, scope.Range, period) { NetworkName = "n" };
        NetworkPageResult page;
        try
        {
            page = await handler.HandleAsync(scope.Session, workspace, request, cancellationToken);
        }
        catch (RequestException ex)
        {
            return new NetworkModel(request.Name, period, [], [], [], null, []) { Problem = ex.Message };
        }

        var (network, benchmark) = (page.Network, page.Benchmark);
        var rows = benchmark.Report.Rows.Where(r => string.Equals(r.Network, network, StringComparison.OrdinalIgnoreCase)).ToDictionary(r => r.Month);
        var months = benchmark.Report.Months;
        var monthly = BenchmarkTable.Monthly(benchmark.Report, network, workspace.Currency, new DateOnly(scope.Today.Year, scope.Today.Month, 1));
        var chart = new List<ChartLine>
        {
            new("Sessions", [.. months.Select(m => rows.TryGetValue(m, out var r) ? (double?)r.Counts.Sessions : 0)]),
            new("Contacts", [.. months.Select(m => rows.TryGetValue(m, out var r) ? (double?)r.Counts.Contacts : 0)]) { Axis = ChartAxis.Right },
        };
        var thisMonth = months.ToList().IndexOf(new DateOnly(scope.Today.Year, scope.Today.Month, 1));
        var socialTable = SocialTable.Monthly(page.Social, network);
        var campaigns = RoiTable.Build("campaigns", "Campaigns: costs and ROI", page.Roi.Report, _ => null, labels: true);
        var goals = benchmark.Goals;
        var charts = new NetworkCharts(thisMonth < 0 ? null : thisMonth, scope.Range, FunnelSteps(workspace.Currency), Funnel(page.Roi.Report.Totals, workspace.Currency, workspace.Culture));
        if (page.Comparison is { } comparison)
        {
            return new NetworkModel(network, period, [.. months.Select(BenchmarkTable.Month)], chart, goals, null, [monthly, socialTable, campaigns, ComparisonTable(comparison, workspace.Currency)]) { Comparison = comparison, Charts = charts };
        }

        return new NetworkModel(network, period, [.. months.Select(BenchmarkTable.Month)], chart, goals, page.NetworkVerdict, [monthly, socialTable, campaigns]) { Charts = charts };
    }

    /// <summary>The funnel chart's steps: visits, contacts, customers, then revenue in <paramref name="currency"/>.</summary>
    public static IReadOnlyList<string> FunnelSteps(string currency) => ["Visits", "Contacts", "Customers", $"Revenue ({currency})"];

    /// <summary>
    /// The funnel of <paramref name="totals"/> as two series over <see cref="FunnelSteps"/>: the counts (sessions,
    /// contacts, customers; each with its rate of the step before) on the left axis and revenue on the right one.
    /// </summary>
    public static IReadOnlyList<ChartLine> Funnel(LedgerTotals totals, string currency, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(totals);
        string Count(long n) => n.ToString("#,##0", culture);
        string Of(long n, long of, string what) => of == 0 ? Count(n) : string.Create(culture, $"{Count(n)} ({100.0 * n / of:0.#} % of {what})");
        return
        [
            new("Count", [totals.Sessions, totals.Contacts, totals.Customers, null])
            {
                Texts = [Count(totals.Sessions), Of(totals.Contacts, totals.Sessions, "visits"), Of(totals.Customers, totals.Contacts, "contacts"), null],
            },
            new($"Revenue ({currency})", [null, null, null, (double)totals.Revenue]) { Axis = ChartAxis.Right, Format = "#,##0.00" },
        ];
    }

    /// <summary>The page's charts beyond the monthly one; null on a model with only <see cref="Problem"/>.</summary>
    public NetworkCharts? Charts { get; init; }

    /// <summary>Why the page shows no figures (the network named by <c>?n=</c> is unknown), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>For a channel without a network (Organic Search, Email, Direct…): how it compares with the social networks over the verdict's months; null for a network.</summary>
    public ChannelComparison? Comparison { get; init; }

    private static ReportTable ComparisonTable(ChannelComparison c, string currency)
    {
        object?[] Cells(string name, LedgerTotals t, decimal? roi) => [name, t.Sessions, t.Contacts, t.ContactRate, t.Customers, t.TotalCost == 0 ? null : t.TotalCost, roi];
        return new ReportTable(
            "comparison",
            $"{c.Channel} against the social networks, {c.Period.Heading}",
            [new("Network / channel"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Contact rate", CellKind.Percent), new("Customers", CellKind.Count), TableColumn.Money($"Cost ({currency})", currency), new("ROI", CellKind.Percent)],
            [new TableRow(Cells(c.Channel, c.Totals, c.Totals.Roi)), .. c.Networks.Select(n => new TableRow(Cells(n.Network, n.Totals, n.Totals.Roi)))],
            new TableRow(Cells("Social networks together", c.Social, c.SocialRoi)));
    }
}
