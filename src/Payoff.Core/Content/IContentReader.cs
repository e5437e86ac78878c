using Payoff.Core.Workspaces;

namespace Payoff.Core.Content;

/// <summary>
/// Imported posts for the content reports (docs/METRICS.md, "Content"): the posts published on the filter's local days,
/// with their lifetime metrics as of their latest export (a re-import replaced the older snapshot, so nothing counts
/// twice), joined to what each post's own tracked link brought (sessions, contacts, customers from the daily rollups).
/// </summary>
/// <remarks>
/// <para>Engagements are likes + comments + shares + saves, of the parts a post reports. A post's rate divides them by
/// its network's basis (the <c>bases</c> each method is given, from <see cref="ContentBases.Choose"/>): a post
/// without that basis above zero has no rate. Networks compare case-insensitively.</para>
/// <para>A post's content key is the <c>utm_content</c> of a URL in its caption, else the <c>utm_content</c> of the
/// Payoff short link (<c>/l/SLUG</c>, a link of the workspace) in it. Its results are the rollups' sessions, contacts and
/// customers whose network (else channel) is the post's and whose content is the key (case-insensitive), from the
/// post's local publication day on — only when no other post of the network in the period carries the same key.</para>
/// </remarks>
public interface IContentReader
{
    /// <summary>Per network with posts in the filter: how many report each basis above zero.</summary>
    Task<IReadOnlyList<BasisCount>> ReadBasesAsync(Workspace workspace, ContentFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per network, the <paramref name="top"/> posts with the highest value of <paramref name="metric"/> and the
    /// <paramref name="top"/> with the lowest (posts without a value of it are in neither), highest first within each,
    /// ties by publication time then post id; a post is in both when the network has fewer than 2 × <paramref name="top"/>.
    /// Also returns how many posts each network has a value for.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    Task<RankedPosts> ReadRankedAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, int top, CancellationToken cancellationToken = default);

    /// <summary>The sums per network and group (<see cref="ContentGrouping.Post"/> is refused: use <see cref="ReadRankedAsync"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="grouping"/> is <see cref="ContentGrouping.Post"/>.</exception>
    Task<IReadOnlyList<GroupFacts>> ReadGroupsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>Each post's figures per group (for the comparisons' tests), in no particular order.</summary>
    /// <exception cref="ArgumentException"><paramref name="grouping"/> is <see cref="ContentGrouping.Post"/>.</exception>
    Task<IReadOnlyList<PostRate>> ReadRatesAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per network and group, each post's value of <paramref name="metric"/> (engagement rate, visits or leads) and the
    /// group's sums (<see cref="GroupValues"/>), in no particular order: what the comparisons' tests need, without a row per post.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="grouping"/> is <see cref="ContentGrouping.Post"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is reach or clicks.</exception>
    Task<IReadOnlyList<GroupValues>> ReadValuesAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, ContentMetric metric, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per network, local weekday and hour (and per weekday over all hours): the posts with a value of
    /// <paramref name="metric"/> and the median of their values. A post whose export gave only its day
    /// (<see cref="Social.SocialPost.TimeUnknown"/>) is in its weekday's row and in no hour.
    /// </summary>
    Task<IReadOnlyList<TimeSlot>> ReadSlotsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, CancellationToken cancellationToken = default);
}

/// <summary>The top and bottom posts per network, and how many posts per network have a value of the metric.</summary>
/// <param name="Top">The highest, per network, highest first.</param>
/// <param name="Bottom">The lowest, per network, highest first.</param>
/// <param name="Ranked">Network → posts with a value of the metric.</param>
public sealed record RankedPosts(IReadOnlyList<PostFacts> Top, IReadOnlyList<PostFacts> Bottom, IReadOnlyDictionary<string, long> Ranked);
