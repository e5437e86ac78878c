using Payoff.Core.Audience;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads the stored audience demographics; see <see cref="IAudienceReader"/> for the rules.</summary>
public sealed class DuckDbAudienceReader(DuckDbDatabase db) : IAudienceReader
{
    /// <summary>The rows of <paramref name="workspace"/> (of <paramref name="network"/> only, case-insensitively, when given), in the contract's order.</summary>
    internal IReadOnlyList<AudienceRow> Read(Workspace workspace, string? network)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            """
            SELECT network, account, audience, dimension, value, count, share, as_of, platform_dimension, position
            FROM audience WHERE workspace_id = $1 AND (CAST($2 AS VARCHAR) IS NULL OR lower(network) = lower(CAST($2 AS VARCHAR)))
            ORDER BY network, account, audience, dimension, position
            """,
            r => new AudienceRow(
                r.GetString(0),
                r.GetString(1) is { Length: > 0 } account ? account : null,
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.IsDBNull(5) ? null : r.GetInt64(5),
                r.IsDBNull(6) ? null : r.GetDecimal(6) / 1.000000000000000000000000000000000m,
                r.IsDBNull(7) ? null : DateOnly.FromDateTime(r.GetDateTime(7)),
                r.GetString(8),
                r.GetInt32(9)),
            workspace.Id,
            network);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AudienceRow>> ReadAsync(Workspace workspace, string? network = null, CancellationToken cancellationToken = default) =>
        Sync.Run(() => Read(workspace, network), cancellationToken);
}
