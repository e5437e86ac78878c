using System.Globalization;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <content>Undoing an import exactly: its rows removed, the rows it replaced restored, derived data rebuilt.</content>
public sealed partial class DuckDbImportStore
{
    private static readonly string[] ReplacingTables = ["contacts", "journey_paths", "account_metrics", "costs", "posts", "traffic", "audience", "conversation_messages"];

    /// <summary>
    /// Undoes import <paramref name="importId"/> in one transaction: deletes every row it brought,
    /// puts back the rows it replaced, rebuilds the sessions, people and revenue derived from them, and
    /// marks the import undone (so the same file can be imported again).
    /// </summary>
    /// <exception cref="StoreException">
    /// No such import, it was undone already, or a later import replaced its rows (or skipped events
    /// as duplicates of its own) — undo that one first, so the result is exact.
    /// </exception>
    internal ImportRecord Undo(Workspace workspace, long importId)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var record = ReadImports("WHERE workspace_id = $1 AND id = $2", workspace.Id, importId).FirstOrDefault()
            ?? throw new StoreException($"Workspace {workspace.Name} has no import #{importId}; 'payoff imports list' shows its imports.");
        if (record.UndoneAt is { } undone)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture, $"Import #{importId} was undone already, on {undone:yyyy-MM-dd HH:mm} UTC."));
        }

        foreach (var table in ReplacingTables)
        {
            var later = db.Scalar<long>(
                $"SELECT coalesce(min(r.replaced_by), 0) FROM {table}_replaced r JOIN imports i ON i.id = r.replaced_by WHERE r.workspace_id = $1 AND r.import_id = $2 AND i.undone_at IS NULL",
                workspace.Id,
                importId);
            if (later is > 0)
            {
                throw new StoreException($"Import #{later} replaced rows of import #{importId}; undo #{later} first, so both are reversed exactly.");
            }
        }

        if (record.Kind == ImportKind.Events)
        {
            var later = db.Scalar<long>(
                "SELECT coalesce(min(id), 0) FROM imports WHERE workspace_id = $1 AND id > $2 AND kind = 'events' AND duplicates > 0 AND undone_at IS NULL",
                workspace.Id,
                importId);
            if (later is > 0)
            {
                throw new StoreException($"Import #{later} skipped events already stored, possibly from import #{importId}; undo #{later} first.");
            }
        }

        return db.InTransaction(() =>
        {
            db.Execute("DROP TABLE IF EXISTS temp.payoff_visitors");
            db.Execute("DROP TABLE IF EXISTS temp.payoff_fresh");
            db.Execute("CREATE TEMP TABLE payoff_visitors AS SELECT DISTINCT visitor_id FROM events WHERE workspace_id = $1 AND import_id = $2 AND visitor_id IS NOT NULL", workspace.Id, importId);
            db.Execute("CREATE TEMP TABLE payoff_fresh AS SELECT * FROM events LIMIT 0");
            db.Execute("DELETE FROM events WHERE workspace_id = $1 AND import_id = $2", workspace.Id, importId);
            foreach (var table in ReplacingTables)
            {
                db.Execute($"DELETE FROM {table} WHERE workspace_id = $1 AND import_id = $2", workspace.Id, importId);
                db.Execute($"INSERT INTO {table} SELECT * EXCLUDE (replaced_by) FROM {table}_replaced WHERE workspace_id = $1 AND replaced_by = $2", workspace.Id, importId);
                db.Execute($"DELETE FROM {table}_replaced WHERE workspace_id = $1 AND replaced_by = $2", workspace.Id, importId);
            }

            EventWriter.Derive(db, workspace, forcePeople: true);
            DuckDbRollups.RefreshCosts(db, workspace);
            var now = db.Time.GetUtcNow();
            db.Execute("UPDATE imports SET undone_at = $3 WHERE workspace_id = $1 AND id = $2", workspace.Id, importId, now);
            return record with { UndoneAt = now };
        });
    }

    /// <inheritdoc />
    public Task<ImportRecord> UndoAsync(Workspace workspace, long importId, CancellationToken cancellationToken = default) =>
        Sync.Run(() => Undo(workspace, importId), cancellationToken);

    /// <inheritdoc />
    public Task RederiveAsync(Workspace workspace, CancellationToken cancellationToken = default) =>
        Sync.Run(() => DuckDbMaintenance.Rederive(db, workspace), cancellationToken);

    /// <inheritdoc />
    public Task RebuildRollupsAsync(Workspace workspace, CancellationToken cancellationToken = default) =>
        Sync.Run(() => DuckDbMaintenance.RebuildRollups(db, workspace), cancellationToken);
}
