using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Networks;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Verdict;
using Payoff.Storage.DuckDb;
using Payoff.Web.Components.Charts;
using Payoff.Application.Roi;
using Payoff.Application.Tables;

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
/// <param name="Monthly">Sessions and contacts per month.</param>
/// <param name="Goals">The network's goals.</param>
/// <param name="Verdict">Its verdict, or null when it had no data in the verdict's months.</param>
/// <param name="Tables">Monthly, social and campaigns tables.</param>
public sealed record NetworkModel(string Network, VerdictPeriod Period, IReadOnlyList<string> Months, IReadOnlyList<ChartLine> Monthly, IReadOnlyList<GoalProgress> Goals, NetworkVerdict? Verdict, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>The network named by <c>?n=</c>, or null when none is named.</summary>
    public static NetworkModel? Build(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope["n"] is not { } asked)
        {
            return null;
        }

        var channel = NetworkCatalog.Default.Canonical(asked) is null ? Channel.All.FirstOrDefault(c => string.Equals(c, asked.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
        var network = NetworkCatalog.Default.Canonical(asked) ?? channel ?? asked.Trim();
        var workspace = scope.Workspace;
        var benchmark = new BenchmarkReportBuilder(new DuckDbSourcesReader(scope.Db), new DuckDbDataDaysReader(scope.Db)).BuildAsync(workspace, new BenchmarkQuery(scope.Range.To, 12, network)).GetAwaiter().GetResult();
        var rows = benchmark.Rows.Where(r => string.Equals(r.Network, network, StringComparison.OrdinalIgnoreCase)).ToDictionary(r => r.Month);
        var months = benchmark.Months;
        var monthly = new ReportTable(
            "monthly",
            "Month by month",
            [new("Month"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Contact rate", CellKind.Percent), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({workspace.Currency})", workspace.Currency), new("Sessions vs month before", CellKind.Percent)],
            [.. months.Select(m => rows.TryGetValue(m, out var r)
                ? new TableRow([Month(m), r.Counts.Sessions, r.Counts.Contacts, r.Counts.ContactRate, r.Counts.Customers, r.Counts.Revenue, Shown(r.Changes.Sessions)])
                : new TableRow([Month(m), 0L, 0L, null, 0L, 0m, null]))]);
        var chart = new List<ChartLine>
        {
            new("Sessions", [.. months.Select(m => rows.TryGetValue(m, out var r) ? (double?)r.Counts.Sessions : 0)]),
            new("Contacts", [.. months.Select(m => rows.TryGetValue(m, out var r) ? (double?)r.Counts.Contacts : 0)]),
        };

        var social = new DuckDbSocialReader(scope.Db).Read(workspace, scope.Range, SocialGrouping.Month)
            .Where(s => string.Equals(s.Network, network, StringComparison.OrdinalIgnoreCase)).Select(SocialReportBuilder.Build).ToList();
        var socialTable = new ReportTable(
            "social",
            "Social metrics",
            [new("Month"), new("Followers", CellKind.Count), new("Follower growth", CellKind.Count), new("Reach", CellKind.Count), new("Impressions", CellKind.Count), new("Engagements", CellKind.Count), new("Posts", CellKind.Count), new("Engagement rate", CellKind.Percent), new("Rate basis")],
            [.. social.Select(s => new TableRow([s.Month is { } m ? Month(m) : null, s.Followers, s.FollowerGrowth, s.Reach, s.Impressions, s.Engagements, s.Posts, s.EngagementRate, s.EngagementRateBasis]))]);

        var reader = new DuckDbLedgerReader(scope.Db);
        var ledger = Ledger.Build(reader.ReadAsync(workspace, scope.Range).GetAwaiter().GetResult(), workspace.Currency, scope.Range);
        var roi = RoiReportBuilder.Build(ledger, workspace.Currency, RoiGrouping.Campaign, network);
        var campaigns = RoiTable.Build("campaigns", "Campaigns: costs and ROI", roi, _ => null);

        var goals = new GoalService(reader, scope.Time).TrackAsync(workspace, new DuckDbGoalStore(scope.Db).List(workspace)
            .Where(g => string.Equals(g.Scope.Network, network, StringComparison.OrdinalIgnoreCase)).ToList()).GetAwaiter().GetResult();
        var period = scope.VerdictPeriod;
        if (channel is not null)
        {
            var judged = Ledger.Build(reader.ReadAsync(workspace, period.Range).GetAwaiter().GetResult(), workspace.Currency, period.Range);
            var comparison = ChannelComparison.Build(judged, period, channel, workspace.Currency);
            return new NetworkModel(network, period, [.. months.Select(Month)], chart, goals, null, [monthly, socialTable, campaigns, ComparisonTable(comparison, workspace.Currency)]) { Comparison = comparison };
        }

        var verdict = new VerdictReportBuilder(reader, scope.Time).BuildAsync(workspace, period, goals.Select(g => g.Goal).ToList()).GetAwaiter().GetResult()
            .Networks.FirstOrDefault(v => string.Equals(v.Facts.Network, network, StringComparison.OrdinalIgnoreCase));
        return new NetworkModel(network, period, [.. months.Select(Month)], chart, goals, verdict, [monthly, socialTable, campaigns]);
    }

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

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // A percentage cell when the comparison rule gives one, else its "new" or "—".
    private static object Shown(Change change) => change.Fraction is { } f ? f : change.ToString();
}
