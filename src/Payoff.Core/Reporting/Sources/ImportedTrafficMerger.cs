using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Tracking;
using Payoff.Core.Traffic;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Sources;

/// <summary>
/// Adds imported GA4 sessions to a sources report for the days the workspace has no own tracking.
/// </summary>
/// <remarks>
/// Rules, so that no day is counted twice and no number is made up:
/// <list type="bullet">
/// <item>Own tracking wins: an imported row whose period contains a day with own-tracked sessions is left out whole.</item>
/// <item>A period total cannot be split: a row whose period runs past the report's start or end is left out, with a warning.</item>
/// <item>Each grouping reads the report dimension that answers it: channel ← the channel group report;
/// network ← source / medium (the source classified by Payoff's channel rules, so
/// <c>facebook.com / referral</c> is Facebook); campaign ← the campaign report (GA4 does not say its
/// network: "(not set)"). Content has no GA4 counterpart.</item>
/// <item>Only sessions are taken: contacts, customers and revenue come from the CRM and revenue events
/// whatever the tracking, so taking GA4's key events or revenue would count them twice.</item>
/// </list>
/// </remarks>
public sealed class ImportedTrafficMerger(ChannelClassifier classifier)
{
    /// <summary>
    /// Adds to <paramref name="counts"/> the imported sessions of the bucket covering <paramref name="days"/>;
    /// returns the days they covered (empty when none were used) and adds to <paramref name="warnings"/>.
    /// </summary>
    public SortedSet<DateOnly> Merge(ImportedTraffic imported, DateRange days, SourcesGrouping grouping, string? network, Dictionary<SourceKey, SourceCounts> counts, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(warnings);
        var used = new SortedSet<DateOnly>();
        var dimension = grouping switch
        {
            SourcesGrouping.Channel => "channel",
            SourcesGrouping.Network => imported.Rows.Any(r => r.Dimension == "source_medium") ? "source_medium" : "source",
            SourcesGrouping.Campaign => "campaign",
            _ => null,
        };
        var rows = imported.Rows.Where(r => r.To >= days.From && r.From <= days.To).ToList();
        if (rows.Count == 0)
        {
            return used;
        }

        var relevant = rows.Where(r => r.Dimension == dimension).ToList();
        if (relevant.Count == 0)
        {
            warnings.Add($"Imported GA4 traffic covers this period but not by {grouping.ToString().ToLowerInvariant()}; import the GA4 report of that dimension to see it here.");
            return used;
        }

        foreach (var row in relevant)
        {
            if (row.From < days.From || row.To > days.To)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Imported GA4 traffic of {row.From:yyyy-MM-dd} to {row.To:yyyy-MM-dd} ({row.Value}) is left out: it runs past this report's period and a period total cannot be split."));
                continue;
            }

            if (Days(row).Any(imported.TrackedDays.Contains))
            {
                continue;
            }

            var key = Key(row, grouping);
            if (network is not null && !string.Equals(key.Network, network, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            counts[key] = counts.GetValueOrDefault(key, SourceCounts.Zero).Add(new SourceCounts(row.Sessions, 0, 0, 0m));
            used.UnionWith(Days(row));
        }

        return used;
    }

    private SourceKey Key(TrafficRow row, SourcesGrouping grouping)
    {
        if (grouping == SourcesGrouping.Channel)
        {
            return new SourceKey(row.Value, null, null, null);
        }

        if (grouping == SourcesGrouping.Campaign)
        {
            return new SourceKey(null, SourceKey.NotSet, row.Value, null);
        }

        var parts = row.Value.Split('/', 2, StringSplitOptions.TrimEntries);
        var source = classifier.Classify(new UtmTags { Source = parts[0], Medium = parts.Length > 1 ? parts[1] : null }, null, null, null);
        return new SourceKey(null, source.NetworkOrChannel, null, null);
    }

    private static IEnumerable<DateOnly> Days(TrafficRow row)
    {
        for (var day = row.From; day <= row.To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
