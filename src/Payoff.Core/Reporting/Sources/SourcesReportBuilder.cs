using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Sources;

/// <summary>
/// Builds the sources report: reads the sums for the period (and its comparison) and lays out rows and
/// totals, with each change under the comparison rule (<see cref="Change"/>; the comparison period's
/// days with data come from <paramref name="days"/>).
/// </summary>
public sealed class SourcesReportBuilder(ISourcesReader reader, IDataDaysReader days, ChannelClassifier? classifier = null)
{
    private readonly ImportedTrafficMerger merger = new(classifier ?? ChannelClassifier.Default);

    /// <summary>Builds the report for <paramref name="query"/> in <paramref name="workspace"/>.</summary>
    public async Task<SourcesReport> BuildAsync(Workspace workspace, SourcesQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        var calendar = workspace.Calendar;
        var compared = query.Compare switch
        {
            PeriodComparison.PreviousPeriod => query.Range.PreviousPeriod(),
            PeriodComparison.PreviousYear => query.Range.PreviousYear(),
            _ => null,
        };
        var buckets = new List<(DateTimeOffset, DateTimeOffset)> { calendar.Range(query.Range.From, query.Range.To) };
        if (compared is not null)
        {
            buckets.Add(calendar.Range(compared.From, compared.To));
        }

        var sums = await reader.ReadAsync(workspace, buckets, query.Grouping, query.Network, cancellationToken);
        var current = Collect(sums, 0);
        var previous = compared is null ? null : Collect(sums, 1);
        var mergeWarnings = new List<string>();
        var notes = new List<string>();
        var imported = merger.Merge(sums.Imported, query.Range, query.Grouping, query.Network, current, mergeWarnings);
        if (imported.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Sessions of {imported.Count} day(s) from {imported.Min:yyyy-MM-dd} to {imported.Max:yyyy-MM-dd} come from imported GA4 traffic: the workspace has no own tracking on them. Own tracking wins on every day it has, so no day is counted twice; contacts, customers and revenue always come from the CRM."));
        }

        if (previous is not null && compared is not null)
        {
            merger.Merge(sums.Imported, compared, query.Grouping, query.Network, previous, []);
        }

        var coverage = compared is null ? null : Coverage.Of(compared, await days.ReadAsync(workspace, compared, cancellationToken));
        var keys = current.Keys.Union(previous is null ? [] : previous.Keys).ToList();
        var rows = keys
            .Select(k => Row(k, current.GetValueOrDefault(k, SourceCounts.Zero), previous?.GetValueOrDefault(k, SourceCounts.Zero), coverage))
            .OrderByDescending(r => r.Current.Sessions)
            .ThenByDescending(r => r.Current.Contacts)
            .ThenBy(r => r.Key.ToString(), StringComparer.Ordinal)
            .ToList();
        var totals = Sum(current.Values);
        var previousTotals = previous is null ? null : Sum(previous.Values);
        var warnings = sums.UnconvertedRevenue
            .Where(u => u.Bucket == 0)
            .Select(u => string.Create(CultureInfo.InvariantCulture, $"Revenue of {u.Amount:0.##} {u.Currency} is left out: it is not in the workspace currency ({workspace.Currency}) and no exchange rate is set."))
            .Concat(mergeWarnings)
            .ToList();
        return new SourcesReport(query, workspace.Currency, compared, rows, totals, previousTotals, warnings)
        {
            Notes = notes,
            ComparedCoverage = coverage,
            TotalsChanges = previousTotals is null || coverage is null ? null : SourceCountsChange.Of(totals, previousTotals, coverage),
        };
    }

    private static SourcesRow Row(SourceKey key, SourceCounts current, SourceCounts? previous, Coverage? coverage) =>
        new(key, current, previous) { Changes = previous is null || coverage is null ? null : SourceCountsChange.Of(current, previous, coverage) };

    private static Dictionary<SourceKey, SourceCounts> Collect(SourceSums sums, int bucket) =>
        sums.Rows.Where(r => r.Bucket == bucket)
            .GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => Sum(g.Select(r => r.Counts)));

    private static SourceCounts Sum(IEnumerable<SourceCounts> counts) => counts.Aggregate(SourceCounts.Zero, (a, b) => a.Add(b));
}
