using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Social;

/// <summary>Imported social metrics (followers, reach, impressions, engagement) of a period.</summary>
/// <remarks>
/// Sums per network (or network and month); follower counts are the last known value, not a sum.
/// </remarks>
public interface ISocialReader
{
    /// <summary>The sums of <paramref name="range"/> grouped by <paramref name="grouping"/>.</summary>
    Task<IReadOnlyList<SocialSums>> ReadAsync(Workspace workspace, DateRange range, SocialGrouping grouping, CancellationToken cancellationToken = default);
}
