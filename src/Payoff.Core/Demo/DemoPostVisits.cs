using Payoff.Core.Events;

namespace Payoff.Core.Demo;

/// <summary>
/// Gives the demo's visits their posts: a session landing from a network's organic campaign in the days after one of
/// its tracked posts (<see cref="DemoTrackedPost"/>) came, with a chance that fades over those days, through that
/// post's URL — its landing page view gains the post's <c>utm_content</c>. Only the content changes: every session,
/// contact and customer stays where it was, so the demo's other figures are the same with or without posts.
/// </summary>
/// <remarks>
/// The draws come from their own seeded stream, in the order of the events. Landing page views a tracked short link
/// leads to (<paramref name="linkLanding"/>) are left alone, so each link's clicks stay its sessions.
/// </remarks>
/// <param name="posts">The tracked posts.</param>
/// <param name="seed">The demo's seed.</param>
/// <param name="linkLanding">Whether a landing URL is one a demo short link leads to.</param>
public sealed class DemoPostVisits(IReadOnlyList<DemoTrackedPost> posts, int seed, Func<string, bool> linkLanding)
{
    /// <summary>A session counts for a post published at most this long before it.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>The chance on the day of the post; it halves every <see cref="HalfLife"/> days.</summary>
    private const double FirstDayChance = 0.6;

    private const double HalfLife = 1.5;

    private readonly Dictionary<(string Network, string Campaign), DemoTrackedPost[]> _byCampaign = posts
        .GroupBy(p => (p.Network, p.Campaign))
        .ToDictionary(g => g.Key, g => g.OrderBy(p => p.PublishedAt).ToArray());

    /// <summary>Passes <paramref name="events"/> through, landing page views after a tracked post with its key.</summary>
    public IEnumerable<TrackedEvent> Tag(IEnumerable<TrackedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var random = new Random(seed + 4);
        foreach (var e in events)
        {
            if (e.Type == EventType.Pageview && e.Source is { Network: { } network, Campaign: { } campaign, Content: null } source
                && e.Url is { } url && url.Contains("utm_campaign=", StringComparison.Ordinal)
                && _byCampaign.TryGetValue((network, campaign), out var candidates) && Latest(candidates, e.Timestamp) is { } post
                && !linkLanding(url)
                && random.NextDouble() < FirstDayChance * Math.Pow(0.5, (e.Timestamp - post.PublishedAt).TotalDays / HalfLife))
            {
                yield return e with { Url = url + "&utm_content=" + post.Key, Source = source with { Content = post.Key } };
                continue;
            }

            yield return e;
        }
    }

    /// <summary>The last post published at or before <paramref name="at"/> within <see cref="Window"/>, or null.</summary>
    private static DemoTrackedPost? Latest(DemoTrackedPost[] posts, DateTimeOffset at)
    {
        var (low, high) = (0, posts.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = posts[mid].PublishedAt <= at ? (mid + 1, high) : (low, mid);
        }

        return low > 0 && at - posts[low - 1].PublishedAt <= Window ? posts[low - 1] : null;
    }
}
