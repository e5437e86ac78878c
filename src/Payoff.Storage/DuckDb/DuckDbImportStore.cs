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
    public Task<ImportRecord> WriteAsync<T>(Workspace workspace, ImportRequest request, ImportRecordKind<T> kind, IImportRows<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(rows);
        return Sync.Run(
            () => kind.Data switch
            {
                ImportedData.Events => WriteEvents(workspace, request, As<TrackedEvent>(rows)),
                ImportedData.Contacts => WriteContacts(workspace, request, As<CrmContact>(rows)),
                ImportedData.Journeys => WriteJourneys(workspace, request, As<JourneyPath>(rows)),
                ImportedData.Metrics => WriteMetrics(workspace, request, As<Core.Social.AccountMetric>(rows)),
                ImportedData.Costs => WriteCosts(workspace, request, As<Core.Costs.AdCost>(rows)),
                ImportedData.Posts => WritePosts(workspace, request, As<Core.Social.SocialPost>(rows)),
                ImportedData.Social => WriteSocial(workspace, request, As<Core.Social.SocialRecord>(rows)),
                ImportedData.Traffic => WriteTraffic(workspace, request, As<Core.Traffic.TrafficRow>(rows)),
                ImportedData.Conversations => WriteConversations(workspace, request, As<Core.Conversations.ScoredMessage>(rows)),
                _ => throw new NotSupportedException($"Import records of kind {kind} are not stored by DuckDB."),
            },
            cancellationToken);
    }

    /// <summary>The rows as the record type their kind names (<see cref="ImportRecords"/> ties the two, so the cast holds).</summary>
    private static IImportRows<TRecord> As<TRecord>(object rows) => (IImportRows<TRecord>)rows;

    /// <summary>The request with the counts <paramref name="rows"/> ended with (final once they are enumerated).</summary>
    private static ImportRequest Counted<T>(ImportRequest request, IImportRows<T> rows) => request with { Rows = rows.Rows, Rejected = rows.Rejected };

    private ImportRecord WriteEvents(Workspace workspace, ImportRequest request, IImportRows<TrackedEvent> events) => db.InTransaction(() =>
    {
        var importId = NextImportId();
        var (imported, duplicates) = AppendEvents(workspace, importId, events);
        return Record(workspace, importId, Counted(request, events), imported, duplicates);
    });

    private ImportRecord WriteContacts(Workspace workspace, ImportRequest request, IImportRows<CrmContact> rows)
    {
        // Every row is read before the transaction: the counts are final only once the file is read.
        var contacts = rows.ToList();
        return db.InTransaction(() =>
        {
            var importId = NextImportId();
            var imported = UpsertContacts(workspace, importId, contacts);
            DuckDbDerivations.RebuildPeople(db, workspace);
            return Record(workspace, importId, Counted(request, rows), imported, contacts.Count - imported);
        });
    }

    private ImportRecord WriteJourneys(Workspace workspace, ImportRequest request, IImportRows<JourneyPath> rows)
    {
        var paths = rows.ToList();
        return db.InTransaction(() =>
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

            return Record(workspace, importId, Counted(request, rows), paths.Count, 0);
        });
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
