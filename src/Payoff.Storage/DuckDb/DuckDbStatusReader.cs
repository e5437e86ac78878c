using Payoff.Core.Collect;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads <see cref="CollectStatus"/> for a workspace, or for the whole database.</summary>
public sealed class DuckDbStatusReader(DuckDbDatabase db) : IStatusReader
{
    /// <summary>The status of <paramref name="workspace"/>, or of every workspace when null.</summary>
    internal CollectStatus Read(Workspace? workspace)
    {
        var filter = workspace is null ? "true" : "workspace_id = $1";
        object?[] args = workspace is null ? [] : [workspace.Id];
        var dropped = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in DropReasons.Names)
        {
            dropped[name] = 0;
        }

        using (var command = db.Command(
            $"""
            SELECT reason, count(*) FROM (
                SELECT reason FROM dropped_hits WHERE {filter}
                UNION ALL SELECT drop_reason FROM link_clicks WHERE {filter} AND drop_reason IS NOT NULL)
            GROUP BY reason
            """,
            args))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                dropped[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        object? last;
        using (var command = db.Command($"SELECT max(ts) FROM events WHERE {filter}", args))
        {
            last = command.ExecuteScalar();
        }

        return new CollectStatus(
            db.Scalar<long>($"SELECT count(*) FROM events WHERE {filter}", args),
            db.Scalar<long>($"SELECT count(*) FROM sessions WHERE {filter}", args),
            db.Scalar<long>($"SELECT count(*) FROM sites WHERE {filter}", args),
            db.Scalar<long>($"SELECT count(*) FROM links WHERE {filter}", args),
            last is DateTime at ? DuckDbDatabase.FromDb(at) : null,
            dropped);
    }

    /// <inheritdoc />
    Task<CollectStatus> IStatusReader.ReadAsync(Workspace? workspace, CancellationToken cancellationToken) => Sync.Run(() => Read(workspace), cancellationToken);
}
