using Payoff.Core.Workspaces;

namespace Payoff.Core.Collect;

/// <summary>What the collector has received: counts and the latest event, for <c>payoff status</c> and <c>/api/status</c>.</summary>
/// <remarks>
/// Counts cover stored events, sessions, sites, links and dropped hits (by reason); times are UTC instants. A
/// replayed batch is counted once, since <see cref="IIngestStore"/> stores each record once.
/// </remarks>
public interface IStatusReader
{
    /// <summary>The status of one workspace, or of all when <paramref name="workspace"/> is null.</summary>
    Task<CollectStatus> ReadAsync(Workspace? workspace, CancellationToken cancellationToken = default);
}
