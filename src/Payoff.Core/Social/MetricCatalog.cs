using System.Collections.Frozen;

namespace Payoff.Core.Social;

/// <summary>
/// Canonical names of social metrics, and the platform names that mean the same thing (Meta's
/// "Views" and older "Impressions" stay apart because they count differently; LinkedIn "Reposts" and
/// older "Shares", X "favorites" and "likes", Facebook "Reactions" are merged).
/// </summary>
public static class MetricCatalog
{
    /// <summary>Every canonical metric name.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "followers", "new_followers", "unfollows", "impressions", "views", "reach", "profile_visits", "page_views",
        "unique_visitors", "engagements", "video_views", "likes", "comments", "shares", "saves", "clicks", "follows",
    ];

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["follower_count"] = "followers",
        ["fans"] = "followers",
        ["page_likes"] = "followers",
        ["new_follows"] = "new_followers",
        ["followers_gained"] = "new_followers",
        ["follows_gained"] = "new_followers",
        ["organic_followers"] = "new_followers",
        ["unfollowers"] = "unfollows",
        ["followers_lost"] = "unfollows",
        ["lost_followers"] = "unfollows",
        ["post_impressions"] = "impressions",
        ["accounts_reached"] = "reach",
        ["post_reach"] = "reach",
        ["profile_views"] = "profile_visits",
        ["page_visits"] = "page_views",
        ["unique_visitors_total"] = "unique_visitors",
        ["engagement"] = "engagements",
        ["interactions"] = "engagements",
        ["total_engagements"] = "engagements",
        ["video_plays"] = "video_views",
        ["3_second_video_views"] = "video_views",
        ["reactions"] = "likes",
        ["favorites"] = "likes",
        ["favourites"] = "likes",
        ["like"] = "likes",
        ["reposts"] = "shares",
        ["retweets"] = "shares",
        ["share"] = "shares",
        ["comment"] = "comments",
        ["replies"] = "comments",
        ["saved"] = "saves",
        ["bookmarks"] = "saves",
        ["link_clicks"] = "clicks",
        ["url_clicks"] = "clicks",
        ["new_follows_from_posts"] = "follows",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Canonical = Names.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The canonical name of <paramref name="platformName"/> (case, spaces and dashes ignored), or null when unknown.</summary>
    public static string? CanonicalName(string? platformName)
    {
        if (string.IsNullOrWhiteSpace(platformName))
        {
            return null;
        }

        var key = string.Join('_', platformName.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        return Canonical.Contains(key) ? key : Aliases.GetValueOrDefault(key);
    }
}
