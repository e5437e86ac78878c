using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting;

/// <summary>
/// The network names a workspace's own data already holds: sessions' networks, imported costs, account
/// metrics, posts and audience demographics, logged and recurring staff time. A name found here is one the user chose before, so
/// commands accept it even when the network catalogue does not know it.
/// </summary>
/// <remarks>
/// Names as stored (the catalogue's canonical names), each once, sorted ordinally.
/// </remarks>
public interface INetworkNamesReader
{
    /// <summary>The network names of the workspace.</summary>
    Task<IReadOnlyList<string>> ReadAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
