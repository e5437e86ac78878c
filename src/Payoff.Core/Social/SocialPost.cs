namespace Payoff.Core.Social;

/// <summary>
/// One published post with its lifetime metrics as of the export. A newer export of the same post
/// (network, post id) replaces the older snapshot. A metric the platform does not report is null,
/// never zero.
/// </summary>
public sealed record SocialPost
{
    /// <summary>The canonical network.</summary>
    public required string Network { get; init; }

    /// <summary>The page, profile or channel.</summary>
    public string? Account { get; init; }

    /// <summary>The platform's post id.</summary>
    public required string PostId { get; init; }

    /// <summary>The post's public URL.</summary>
    public string? Permalink { get; init; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>
    /// Whether the export gives only the day it was published (X's content export, YouTube Studio, TikTok Studio): then
    /// <see cref="PublishedAt"/> is the start of that day in the workspace's time zone, and the best-time grid leaves the
    /// post out of its hours (a time it does not know), while the post still counts for its weekday. False by default.
    /// </summary>
    public bool TimeUnknown { get; init; }

    /// <summary><c>image</c>, <c>video</c>, <c>reel</c>, <c>carousel</c>, <c>text</c>, <c>link</c>, <c>story</c> or <c>other</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The caption or title, as written.</summary>
    public string? Text { get; init; }

    /// <summary>The platform's labels or tags, comma-separated.</summary>
    public string? Labels { get; init; }

    /// <summary>Impressions (older Meta exports; LinkedIn).</summary>
    public long? Impressions { get; init; }

    /// <summary>Views (current Meta exports).</summary>
    public long? Views { get; init; }

    /// <summary>Unique accounts reached.</summary>
    public long? Reach { get; init; }

    /// <summary>Likes or reactions.</summary>
    public long? Likes { get; init; }

    /// <summary>Comments.</summary>
    public long? Comments { get; init; }

    /// <summary>Shares or reposts.</summary>
    public long? Shares { get; init; }

    /// <summary>Saves.</summary>
    public long? Saves { get; init; }

    /// <summary>Clicks.</summary>
    public long? Clicks { get; init; }

    /// <summary>Video views.</summary>
    public long? VideoViews { get; init; }

    /// <summary>Follows the post brought.</summary>
    public long? Follows { get; init; }

    /// <summary>Clicks on any of the post's hashtags, where the export gives them (X's <c>hashtag clicks</c>); not per tag.</summary>
    public long? HashtagClicks { get; init; }
}
