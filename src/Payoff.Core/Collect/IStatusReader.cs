using Payoff.Core.Workspaces;

namespace Payoff.Core.Collect;

/// <summary>What the collector has received: counts and the latest event, for <c>payoff status</c> and <c>/api/status</c>.</summary>
/// <remarks>
/// Counts cover stored events and dropped hits; times are UTC instants.
/// </remarks>
public interface IStatusReader
{
    /// <summary>The status of one workspace, or of all when <paramref name="workspace"/> is null.</summary>
    Task<CollectStatus> ReadAsync(Workspace? workspace, CancellationToken cancellationToken = default);
}
