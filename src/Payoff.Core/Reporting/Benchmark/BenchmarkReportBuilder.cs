using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Benchmark;

/// <summary>
/// Builds the monthly benchmark from the same sums as the sources report, one bucket per local month;
/// each month's change from the one before follows the comparison rule (<see cref="Change"/>, the days
/// with data from <paramref name="days"/>).
/// </summary>
public sealed class BenchmarkReportBuilder(ISourcesReader reader, IDataDaysReader days)
{
    /// <summary>The label of the all-networks rows.</summary>
    public const string AllNetworks = "All";

    /// <summary>How far back the workspace's first day of data is looked for (2000-01-01).</summary>
    private static readonly DateOnly DataSince = new(2000, 1, 1);

    /// <summary>Builds the benchmark for <paramref name="query"/>.</summary>
    public async Task<BenchmarkReport> BuildAsync(Workspace workspace, BenchmarkQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Months is < 1 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Months, "--months must be between 1 and 120.");
        }

        var calendar = workspace.Calendar;
        var last = new DateOnly(query.LastMonth.Year, query.LastMonth.Month, 1);

        // One extra month before the first shown, so the first month has a change too.
        var months = Enumerable.Range(0, query.Months + 1).Select(i => last.AddMonths(i - query.Months)).ToList();
        var buckets = months.Select(m => calendar.Range(m, m.AddMonths(1).AddDays(-1))).ToList();
        var sums = await reader.ReadAsync(workspace, buckets, SourcesGrouping.Network, query.Network, cancellationToken);
        // Read from long before the shown months, so a month before the workspace's first data is known as such.
        var since = months[0] < DataSince ? months[0] : DataSince;
        var withData = await days.ReadAsync(workspace, new DateRange(since, last.AddMonths(1).AddDays(-1)), cancellationToken);
        var firstDay = withData.Count == 0 ? DateOnly.MaxValue : withData.Min();
        var coverage = months.Select(m => Coverage.Of(new DateRange(m, m.AddMonths(1).AddDays(-1)), withData)).ToList();
        var byNetwork = sums.Rows
            .GroupBy(r => r.Key.Network ?? AllNetworks)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Bucket).ToDictionary(b => b.Key, b => b.Aggregate(SourceCounts.Zero, (a, r) => a.Add(r.Counts))));
        var networks = byNetwork
            .OrderByDescending(n => n.Value.Where(b => b.Key > 0).Sum(b => b.Value.Sessions))
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.Key)
            .ToList();
        var rows = new List<BenchmarkRow>();
        foreach (var network in networks)
        {
            rows.AddRange(RowsFor(network, months, coverage, byNetwork[network], firstDay));
        }

        var totals = Enumerable.Range(0, months.Count).ToDictionary(
            i => i,
            i => byNetwork.Values.Aggregate(SourceCounts.Zero, (a, n) => a.Add(n.GetValueOrDefault(i, SourceCounts.Zero))));
        return new BenchmarkReport(query, workspace.Currency, months.Skip(1).ToList(), rows, RowsFor(AllNetworks, months, coverage, totals, firstDay).ToList());
    }

    private static IEnumerable<BenchmarkRow> RowsFor(string network, List<DateOnly> months, List<Coverage> coverage, Dictionary<int, SourceCounts> counts, DateOnly firstDay)
    {
        for (var i = 1; i < months.Count; i++)
        {
            var now = counts.GetValueOrDefault(i, SourceCounts.Zero);
            var before = counts.GetValueOrDefault(i - 1, SourceCounts.Zero);
            yield return new BenchmarkRow(network, months[i], now, before) { Changes = SourceCountsChange.Of(now, before, coverage[i - 1]), BeforeData = months[i].AddMonths(1) <= firstDay };
        }
    }
}
