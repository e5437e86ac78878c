namespace Payoff.Core.Reporting.Social;

/// <summary>
/// The raw sums of one group, as the store reads them: daily account metrics summed over the period
/// (followers: the last value on or before a day), and the lifetime metrics of the posts published in
/// it. <see cref="SocialReportBuilder"/> turns them into a row.
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="Account">The account, when grouped by it.</param>
/// <param name="Month">The month's first day, when grouped by month.</param>
/// <param name="Daily">Canonical metric → sum of its daily values in the period (only metrics the files had).</param>
/// <param name="Posts">Canonical metric → sum over the posts published in the period (only metrics the exports had).</param>
/// <param name="PostCount">Posts published in the period.</param>
/// <param name="FollowersAtEnd">The followers count on the last day with a value on or before the period's end.</param>
/// <param name="FollowersBefore">The same on or before the day before the period.</param>
public sealed record SocialSums(
    string Network,
    string? Account,
    DateOnly? Month,
    IReadOnlyDictionary<string, decimal> Daily,
    IReadOnlyDictionary<string, decimal> Posts,
    long PostCount,
    decimal? FollowersAtEnd,
    decimal? FollowersBefore);
