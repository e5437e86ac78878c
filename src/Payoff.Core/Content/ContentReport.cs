namespace Payoff.Core.Content;

/// <summary>The basis one network's rates use in a report, and how many of its posts it rates.</summary>
/// <param name="Network">The network.</param>
/// <param name="Basis">Impressions, views or reach (<see cref="ContentBases.Choose"/>); null when none of its posts reports any.</param>
/// <param name="Posts">Its posts in the period.</param>
/// <param name="WithBasis">Those with the basis above zero (the others have no engagement rate in this report).</param>
public sealed record NetworkBasis(string Network, EngagementBasis? Basis, long Posts, long WithBasis);

/// <summary>One group's row: its sums (<see cref="GroupFacts"/>) and the rates made from them.</summary>
/// <param name="Facts">The sums.</param>
/// <param name="Basis">The network's basis.</param>
/// <param name="EngagementRate">Σ engagements ÷ Σ basis over the rated posts, a fraction rounded to 6 places; null without rated posts.</param>
/// <param name="VisitsPerPost">Σ sessions ÷ tracked posts, rounded to 6 places; null without tracked posts.</param>
/// <param name="LeadsPerPost">Σ contacts ÷ tracked posts, rounded to 6 places; null without tracked posts.</param>
public sealed record ContentGroupRow(GroupFacts Facts, EngagementBasis? Basis, decimal? EngagementRate, decimal? VisitsPerPost, decimal? LeadsPerPost);

/// <summary>
/// The content report (<c>payoff report content</c>, <c>/api/reports/content</c>, the Content page): per network the
/// top and bottom posts by a metric, or the posts' sums per type, label, hashtag or month.
/// </summary>
/// <param name="Filter">The posts' days and network.</param>
/// <param name="Grouping">The rows.</param>
/// <param name="Metric">What posts and groups are ranked by.</param>
/// <param name="Bases">Each network's basis and coverage.</param>
/// <param name="Top">With <see cref="ContentGrouping.Post"/>: per network, the highest posts, highest first.</param>
/// <param name="Bottom">With <see cref="ContentGrouping.Post"/>: per network, the lowest posts, highest first.</param>
/// <param name="Ranked">With <see cref="ContentGrouping.Post"/>: network → posts with a value of the metric.</param>
/// <param name="Groups">With any other grouping: per network, its groups by the metric, highest first (ties by name).</param>
/// <param name="Comparisons">
/// With types, labels or hashtags and the engagement rate, visits or leads: per network, the leading group against each
/// other (<see cref="ContentComparison.Compare(IEnumerable{GroupValues}, ContentMetric, IReadOnlyDictionary{string, EngagementBasis}, Func{string, string}?)"/>); empty otherwise.
/// </param>
public sealed record ContentReport(
    ContentFilter Filter,
    ContentGrouping Grouping,
    ContentMetric Metric,
    IReadOnlyList<NetworkBasis> Bases,
    IReadOnlyList<PostFacts> Top,
    IReadOnlyList<PostFacts> Bottom,
    IReadOnlyDictionary<string, long> Ranked,
    IReadOnlyList<ContentGroupRow> Groups,
    IReadOnlyList<ContentComparison> Comparisons)
{
    /// <summary>The workspace currency (ISO 4217) the posts' revenue is in.</summary>
    public string Currency { get; init; } = "USD";
}

/// <summary>Builds <see cref="ContentReport"/> from an <see cref="IContentReader"/>.</summary>
public static class ContentReportBuilder
{
    /// <summary>The report of <paramref name="filter"/> by <paramref name="grouping"/> and <paramref name="metric"/>, with the <paramref name="top"/> and bottom posts per network.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    public static async Task<ContentReport> BuildAsync(IContentReader reader, Payoff.Core.Workspaces.Workspace workspace, ContentFilter filter, ContentGrouping grouping, ContentMetric metric, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var (bases, chosen) = await BasesAsync(reader, workspace, filter, cancellationToken);
        if (grouping == ContentGrouping.Post)
        {
            var ranked = await reader.ReadRankedAsync(workspace, filter, chosen, metric, top, cancellationToken);
            return new ContentReport(filter, grouping, metric, bases, ranked.Top, ranked.Bottom, ranked.Ranked, [], []) { Currency = workspace.Currency };
        }

        var groups = await reader.ReadGroupsAsync(workspace, filter, chosen, grouping, cancellationToken);
        var rows = groups
            .Select(g => new ContentGroupRow(
                g,
                chosen.TryGetValue(g.Network, out var basis) ? basis : null,
                g.RatedPosts == 0 || g.Basis == 0 ? null : Math.Round((decimal)g.Engagements / g.Basis, 6),
                g.TrackedPosts == 0 ? null : Math.Round((decimal)g.Sessions / g.TrackedPosts, 6),
                g.TrackedPosts == 0 ? null : Math.Round((decimal)g.Contacts / g.TrackedPosts, 6)))
            .OrderBy(r => r.Facts.Network, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(r => Value(r, metric) is null ? 0 : 1)
            .ThenByDescending(r => Value(r, metric))
            .ThenBy(r => r.Facts.Key, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<ContentComparison> comparisons = [];
        if (grouping is ContentGrouping.Type or ContentGrouping.Label or ContentGrouping.Hashtag or ContentGrouping.ContentKey && metric is ContentMetric.EngagementRate or ContentMetric.Visits or ContentMetric.Leads)
        {
            var values = await reader.ReadValuesAsync(workspace, filter, chosen, grouping, metric, cancellationToken);
            comparisons = ContentComparison.Compare(values, metric, chosen, grouping == ContentGrouping.Hashtag ? tag => "#" + tag : null);
        }

        return new ContentReport(filter, grouping, metric, bases, [], [], new Dictionary<string, long>(), rows, comparisons) { Currency = workspace.Currency };
    }

    /// <summary>Each network's basis (<see cref="ContentBases.Choose"/>) and coverage, and the bases the reader is given.</summary>
    public static async Task<(IReadOnlyList<NetworkBasis> Bases, IReadOnlyDictionary<string, EngagementBasis> Chosen)> BasesAsync(IContentReader reader, Payoff.Core.Workspaces.Workspace workspace, ContentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = await reader.ReadBasesAsync(workspace, filter, cancellationToken);
        var chosen = ContentBases.Choose(counts);
        var bases = counts.Select(c =>
        {
            EngagementBasis? basis = chosen.TryGetValue(c.Network, out var b) ? b : null;
            var with = basis switch { EngagementBasis.Impressions => c.WithImpressions, EngagementBasis.Views => c.WithViews, EngagementBasis.Reach => c.WithReach, _ => 0 };
            return new NetworkBasis(c.Network, basis, c.Posts, with);
        }).ToList();
        return (bases, chosen);
    }

    /// <summary>A group's value of <paramref name="metric"/>: its rate, Σ reach, Σ clicks, visits or leads per tracked post.</summary>
    public static decimal? Value(ContentGroupRow row, ContentMetric metric)
    {
        ArgumentNullException.ThrowIfNull(row);
        return metric switch
        {
            ContentMetric.EngagementRate => row.EngagementRate,
            ContentMetric.Reach => row.Facts.Reach,
            ContentMetric.Clicks => row.Facts.Clicks,
            ContentMetric.Visits => row.VisitsPerPost,
            _ => row.LeadsPerPost,
        };
    }
}
