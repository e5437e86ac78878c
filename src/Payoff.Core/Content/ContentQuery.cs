using Payoff.Core.Workspaces;

namespace Payoff.Core.Content;

/// <summary>The rows of the content report.</summary>
public enum ContentGrouping
{
    /// <summary>Each post (the top and bottom ones per network by the chosen metric).</summary>
    Post,

    /// <summary>The post's type: image, video, reel, carousel, text, link, story or other.</summary>
    Type,

    /// <summary>The user's own labels (Meta's custom labels, LinkedIn's campaign names): a post with two labels is in both rows.</summary>
    Label,

    /// <summary>The caption's hashtags (<see cref="Hashtags"/>): a post with two tags is in both rows.</summary>
    Hashtag,

    /// <summary>The local month the post was published in.</summary>
    Month,

    /// <summary>The post's tracked link's content key (<c>utm_content</c>); posts without one are in no group.</summary>
    ContentKey,
}

/// <summary>What posts are ranked and compared by.</summary>
public enum ContentMetric
{
    /// <summary>Engagements ÷ the network's basis (<see cref="EngagementBasis"/>); a group's rate is a ratio of sums.</summary>
    EngagementRate,

    /// <summary>Unique accounts reached.</summary>
    Reach,

    /// <summary>Clicks the platform counted on the post.</summary>
    Clicks,

    /// <summary>Sessions on the website from the post's tracked link (short link or <c>utm_content</c>).</summary>
    Visits,

    /// <summary>Contacts (leads) whose original source is the post's tracked link.</summary>
    Leads,
}

/// <summary>The posts a content report reads: those published on the range's local days (workspace time zone), on one network or all.</summary>
/// <param name="Range">Local days of publication, both ends included.</param>
/// <param name="Network">The network (case-insensitive), or null for every network.</param>
public sealed record ContentFilter(DateRange Range, string? Network)
{
    /// <summary>Labels given by caption words (<see cref="LabelRule"/>), added to each post's exported labels when posts are grouped by label; none by default.</summary>
    public IReadOnlyList<LabelRule> Labels { get; init; } = [];
}
