using Payoff.Core.Audience;

namespace Payoff.Core.Social;

/// <summary>
/// One record of a social platform export that holds both kinds of data (LinkedIn's content workbook:
/// a <c>Metrics</c> sheet of days and an <c>All posts</c> sheet): a post snapshot, a daily account metric or one value of the audience's demographics.
/// </summary>
public sealed record SocialRecord
{
    /// <summary>A post snapshot, or null.</summary>
    public SocialPost? Post { get; init; }

    /// <summary>A daily account metric, or null.</summary>
    public AccountMetric? Metric { get; init; }

    /// <summary>One value of an audience's demographics (LinkedIn's followers workbook's <c>Location</c> sheet…), or null.</summary>
    public AudienceRow? Audience { get; init; }

    /// <summary>The record of a post.</summary>
    public static SocialRecord Of(SocialPost post) => new() { Post = post };

    /// <summary>The record of a metric.</summary>
    public static SocialRecord Of(AccountMetric metric) => new() { Metric = metric };

    /// <summary>The record of an audience value.</summary>
    public static SocialRecord Of(AudienceRow audience) => new() { Audience = audience };
}
