using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// The network names a workspace's own data already holds: sessions' networks, imported costs,
/// account metrics, posts and audience demographics, logged and recurring staff time. A name found here is one the user
/// chose before, so commands accept it even when the network catalogue does not know it.
/// </summary>
public sealed class DuckDbNetworkNames(DuckDbDatabase db) : INetworkNamesReader
{
    /// <summary>The distinct names, as stored (any case), in no particular order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is null.</exception>
    internal IReadOnlyList<string> Read(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            """
            SELECT DISTINCT network FROM (
                SELECT network FROM sessions WHERE workspace_id = $1
                UNION ALL SELECT network FROM costs WHERE workspace_id = $1
                UNION ALL SELECT network FROM account_metrics WHERE workspace_id = $1
                UNION ALL SELECT network FROM posts WHERE workspace_id = $1
                UNION ALL SELECT network FROM audience WHERE workspace_id = $1
                UNION ALL SELECT network FROM time_entries WHERE workspace_id = $1
                UNION ALL SELECT network FROM time_recurrences WHERE workspace_id = $1)
            WHERE network IS NOT NULL
            """,
            r => r.GetString(0),
            workspace.Id);
    }

    /// <inheritdoc />
    Task<IReadOnlyList<string>> INetworkNamesReader.ReadAsync(Workspace workspace, CancellationToken cancellationToken) =>
        Sync.Run<IReadOnlyList<string>>(() => [.. Read(workspace).Order(StringComparer.Ordinal)], cancellationToken);
}
