using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Journeys;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Imports into a DuckDB file; see <see cref="IImportStore"/> for the rules it honours.</summary>
public sealed partial class DuckDbImportStore(DuckDbDatabase db) : IImportStore
{
    private const string ImportColumns = "id, kind, file_name, file_sha256, rows, imported, rejected, duplicates, imported_at";

    /// <inheritdoc />
    public Task<ImportRecord?> FindBySha256Async(Workspace workspace, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Task.FromResult(ReadImports("WHERE workspace_id = $1 AND file_sha256 = $2 AND undone_at IS NULL ORDER BY id LIMIT 1", workspace.Id, sha256).FirstOrDefault());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ImportRecord>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Task.FromResult<IReadOnlyList<ImportRecord>>(ReadImports("WHERE workspace_id = $1 ORDER BY id DESC", workspace.Id));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WriteEventsAsync(Workspace workspace, ImportRequest request, IEnumerable<TrackedEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(events);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var (imported, duplicates) = AppendEvents(workspace, importId, events);
            return Record(workspace, importId, request, imported, duplicates);
        }));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WriteContactsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<CrmContact> contacts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(contacts);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var imported = UpsertContacts(workspace, importId, contacts);
            DuckDbDerivations.RebuildPeople(db, workspace);
            return Record(workspace, importId, request, imported, contacts.Count - imported);
        }));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WriteJourneysAsync(Workspace workspace, ImportRequest request, IReadOnlyList<JourneyPath> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(paths);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            db.Execute("INSERT INTO journey_paths_replaced SELECT *, $2 FROM journey_paths WHERE workspace_id = $1", workspace.Id, importId);
            db.Execute("DELETE FROM journey_paths WHERE workspace_id = $1", workspace.Id);
            using (var appender = db.Connection.CreateAppender("journey_paths"))
            {
                var line = 0L;
                foreach (var path in paths)
                {
                    appender.CreateRow()
                        .AppendValue(workspace.Id)
                        .AppendValue(importId)
                        .AppendValue(++line)
                        .AppendValue(path.ToString())
                        .AppendValue(path.Conversions)
                        .AppendValue(path.Value)
                        .AppendValue(path.Nulls)
                        .EndRow();
                }
            }

            return Record(workspace, importId, request, paths.Count, 0);
        }));
    }

    private long NextImportId() => db.Scalar<long>("SELECT nextval('import_ids')");

    private ImportRecord Record(Workspace workspace, long importId, ImportRequest request, long imported, long duplicates)
    {
        var record = new ImportRecord(importId, request.Kind, request.FileName, request.Sha256, request.Rows, imported, request.Rejected, duplicates, db.Time.GetUtcNow());
        db.Execute(
            $"INSERT INTO imports (workspace_id, {ImportColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            workspace.Id,
            record.Id,
            record.Kind.ToString().ToLowerInvariant(),
            record.FileName,
            record.Sha256,
            record.Rows,
            record.Imported,
            record.Rejected,
            record.Duplicates,
            record.ImportedAt);
        return record;
    }

    private List<ImportRecord> ReadImports(string where, params object?[] parameters)
    {
        using var command = db.Command($"SELECT {ImportColumns}, undone_at FROM imports {where}", parameters);
        using var reader = command.ExecuteReader();
        var result = new List<ImportRecord>();
        while (reader.Read())
        {
            result.Add(new ImportRecord(
                reader.GetInt64(0),
                Enum.Parse<ImportKind>(reader.GetString(1), ignoreCase: true),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4),
                reader.GetInt64(5),
                reader.GetInt64(6),
                reader.GetInt64(7),
                DuckDbDatabase.FromDb(reader.GetDateTime(8)),
                reader.IsDBNull(9) ? null : DuckDbDatabase.FromDb(reader.GetDateTime(9))));
        }

        return result;
    }
}
