namespace Payoff.Core.Reporting.Social;

/// <summary>One row of the social report (docs/METRICS.md, "Social"). A metric no source reported is null, never zero.</summary>
/// <param name="Network">The network.</param>
/// <param name="Account">The account, when grouped by it.</param>
/// <param name="Month">The month's first day, when grouped by month.</param>
/// <param name="Followers">Followers at the period's end.</param>
/// <param name="FollowerGrowth">Net growth: followers at the end minus before the start, else new followers minus unfollows.</param>
/// <param name="Impressions">Impressions.</param>
/// <param name="Views">Views.</param>
/// <param name="Reach">Reach (a sum of daily or per-post reach: people reached on two days count twice).</param>
/// <param name="Engagements">Engagements: the platform's own count, else likes + comments + shares + saves.</param>
/// <param name="Likes">Likes and reactions.</param>
/// <param name="Comments">Comments.</param>
/// <param name="Shares">Shares and reposts.</param>
/// <param name="Saves">Saves.</param>
/// <param name="Clicks">Clicks.</param>
/// <param name="Posts">Posts published.</param>
/// <param name="EngagementRate">Engagements ÷ the basis, a ratio of sums.</param>
/// <param name="EngagementRateBasis"><c>views</c>, <c>impressions</c> or <c>reach</c>: the first that the data the engagements came from (daily files or posts) has, else the first either has.</param>
public sealed record SocialRow(
    string Network,
    string? Account,
    DateOnly? Month,
    decimal? Followers,
    decimal? FollowerGrowth,
    decimal? Impressions,
    decimal? Views,
    decimal? Reach,
    decimal? Engagements,
    decimal? Likes,
    decimal? Comments,
    decimal? Shares,
    decimal? Saves,
    decimal? Clicks,
    long Posts,
    decimal? EngagementRate,
    string? EngagementRateBasis);
