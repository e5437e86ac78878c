using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Social;

/// <summary>Imported social metrics (followers, reach, impressions, engagement) of a period.</summary>
/// <remarks>
/// Sums per network (or account, or month) of the days in the range, both ends included; follower counts are the last
/// known value, not a sum. Overlapping re-imports replaced their days at import, so nothing is counted twice.
/// </remarks>
public interface ISocialReader
{
    /// <summary>The sums of <paramref name="range"/> grouped by <paramref name="grouping"/>.</summary>
    Task<IReadOnlyList<SocialSums>> ReadAsync(Workspace workspace, DateRange range, SocialGrouping grouping, CancellationToken cancellationToken = default);
}
