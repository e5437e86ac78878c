namespace Payoff.Core.Content;

/// <summary>
/// One post as the content report shows it: the platform's lifetime metrics as of its latest export (a metric the
/// platform does not report is null, never zero) and what its tracked link brought to the website.
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="Account">The page, profile or channel.</param>
/// <param name="PostId">The platform's post id.</param>
/// <param name="Permalink">The post's public URL.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Published">When it was published, in the workspace's time zone (DST-safe).</param>
/// <param name="Type">image, video, reel, carousel, text, link, story or other.</param>
/// <param name="Text">The caption or title as written (untrusted: encode it wherever it is shown).</param>
/// <param name="Labels">The platform's labels, comma-separated.</param>
/// <param name="Impressions">Impressions.</param>
/// <param name="Views">Views.</param>
/// <param name="Reach">Unique accounts reached.</param>
/// <param name="Likes">Likes or reactions.</param>
/// <param name="Comments">Comments.</param>
/// <param name="Shares">Shares or reposts.</param>
/// <param name="Saves">Saves.</param>
/// <param name="Clicks">Clicks on the post.</param>
/// <param name="Engagements">Likes + comments + shares + saves (the parts the platform reports); null when it reports none.</param>
/// <param name="Basis">The value of the network's basis (<see cref="ContentBases"/>) for this post, null when it has none above zero.</param>
/// <param name="EngagementRate">Engagements ÷ basis, a fraction rounded to 6 places; null without engagements or basis.</param>
/// <param name="ContentKey">
/// The tracked link's content key: the <c>utm_content</c> of a URL in the caption, else the <c>utm_content</c> of a
/// Payoff short link (<c>/l/SLUG</c>) in it; null when the caption has neither.
/// </param>
/// <param name="KeyPosts">How many posts of the network in the period carry the same key (results are shown only when it is 1); 0 without a key.</param>
/// <param name="Sessions">Sessions whose source carries the key on the post's network, from the day it was published on; null without a key of its own.</param>
/// <param name="Contacts">Contacts whose original source carries it, counted on the day they became contacts, from the same day on.</param>
/// <param name="Customers">Customers whose original source carries it, likewise.</param>
public sealed record PostFacts(
    string Network,
    string? Account,
    string PostId,
    string? Permalink,
    DateTimeOffset? PublishedAt,
    DateTime? Published,
    string Type,
    string? Text,
    string? Labels,
    long? Impressions,
    long? Views,
    long? Reach,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Saves,
    long? Clicks,
    long? Engagements,
    long? Basis,
    decimal? EngagementRate,
    string? ContentKey,
    long KeyPosts,
    long? Sessions,
    long? Contacts,
    long? Customers)
{
    /// <summary>
    /// Revenue recorded in the workspace currency for the people whose original source carries the post's key on its
    /// network, from the day it was published on (amounts recorded in other currencies are left out, as in the links
    /// report); null without a key of its own.
    /// </summary>
    public decimal? Revenue { get; init; }
}

/// <summary>
/// The sums of one group of posts (a type, label, hashtag or month on one network). Counts are sums over the group's
/// posts (a metric no post reports is null); the rate is a ratio of sums over the posts that have the basis.
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="Key">The type, label, hashtag (most used spelling, without <c>#</c>) or month (<c>yyyy-MM</c>).</param>
/// <param name="Posts">Posts in the group.</param>
/// <param name="RatedPosts">Posts with the basis above zero and engagements: those in <see cref="Engagements"/> and <see cref="Basis"/>.</param>
/// <param name="Impressions">Σ impressions.</param>
/// <param name="Views">Σ views.</param>
/// <param name="Reach">Σ reach (people reached by two posts count twice).</param>
/// <param name="Likes">Σ likes.</param>
/// <param name="Comments">Σ comments.</param>
/// <param name="Shares">Σ shares.</param>
/// <param name="Saves">Σ saves.</param>
/// <param name="Clicks">Σ clicks.</param>
/// <param name="Engagements">Σ engagements of the rated posts.</param>
/// <param name="Basis">Σ basis of the rated posts.</param>
/// <param name="MedianRate">The median of the rated posts' rates (the "typical post"), a fraction; null without rated posts.</param>
/// <param name="TrackedPosts">Posts with a tracked link of their own (<see cref="PostFacts.KeyPosts"/> = 1).</param>
/// <param name="Sessions">Σ sessions of the tracked posts.</param>
/// <param name="Contacts">Σ contacts of the tracked posts.</param>
/// <param name="Customers">Σ customers of the tracked posts.</param>
public sealed record GroupFacts(
    string Network,
    string Key,
    long Posts,
    long RatedPosts,
    long? Impressions,
    long? Views,
    long? Reach,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Saves,
    long? Clicks,
    long Engagements,
    long Basis,
    double? MedianRate,
    long TrackedPosts,
    long Sessions,
    long Contacts,
    long Customers)
{
    /// <summary>
    /// X's hashtag clicks summed over the group's posts whose export gives them (clicks on any hashtag of each post, as X
    /// counts them, not on this group's tag alone); null when none does.
    /// </summary>
    public long? HashtagClicks { get; init; }
}

/// <summary>One post's figures for a comparison: its group, its engagements and basis, and its tracked results.</summary>
/// <param name="Network">The network.</param>
/// <param name="PostId">The platform's post id.</param>
/// <param name="Key">The group (type, label, hashtag or month) the post is in; a post with two labels or tags appears once per group.</param>
/// <param name="Engagements">Engagements, null when the platform reports none.</param>
/// <param name="Basis">The network's basis, null when the post has none above zero.</param>
/// <param name="Sessions">Sessions from its own tracked link, null without one.</param>
/// <param name="Contacts">Contacts from it, null without one.</param>
public readonly record struct PostRate(string Network, string PostId, string Key, long? Engagements, long? Basis, long? Sessions, long? Contacts);

/// <summary>One weekday-and-hour slot of one network's posts (local time, DST-safe).</summary>
/// <param name="Network">The network.</param>
/// <param name="Weekday">ISO weekday: 1 Monday … 7 Sunday.</param>
/// <param name="Hour">The local hour, 0–23; null for the weekday's own row (every hour together).</param>
/// <param name="Posts">Posts published in the slot with a value of the metric.</param>
/// <param name="Median">The median of the posts' values of the metric (a fraction for the engagement rate, else a count).</param>
public readonly record struct TimeSlot(string Network, int Weekday, int? Hour, long Posts, double? Median);
