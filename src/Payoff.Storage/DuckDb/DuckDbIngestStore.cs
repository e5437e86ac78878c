using DuckDB.NET.Data;
using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Applies what the live service collected; see <see cref="IIngestStore"/> for the rules.</summary>
public sealed class DuckDbIngestStore(DuckDbDatabase db) : IIngestStore
{
    private readonly DuckDbWorkspaceStore workspaces = new(db);

    /// <inheritdoc />
    public Task<long> ApplyAsync(IReadOnlyList<IngestRecord> batch, CancellationToken cancellationToken = default) =>
        Sync.Run(() => Apply(batch), cancellationToken);

    private long Apply(IReadOnlyList<IngestRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return 0;
        }

        var all = workspaces.List().ToDictionary(w => w.Id);
        return db.InTransaction(() =>
        {
            long stored = 0;
            foreach (var group in batch.GroupBy(r => r.WorkspaceId))
            {
                if (!all.TryGetValue(group.Key, out var workspace))
                {
                    continue;
                }

                stored += ApplyWorkspace(workspace, group.ToList());
            }

            return stored;
        });
    }

    private long ApplyWorkspace(Workspace workspace, List<IngestRecord> records)
    {
        StageAndInsert("dropped_hits", "hit_id", records.OfType<DroppedHit>().ToList(), (row, d) => row
            .AppendValue(workspace.Id).AppendValue(d.HitId).AppendValue(DuckDbDatabase.ToDb(d.Timestamp)).AppendValue(d.SiteId).AppendValue(d.Reason.Name()));
        StageAndInsert("link_clicks", "click_id", records.OfType<LinkClick>().ToList(), (row, c) => row
            .AppendValue(workspace.Id).AppendValue(c.ClickId).AppendValue(c.LinkId).AppendValue(DuckDbDatabase.ToDb(c.Timestamp))
            .AppendValue(c.VisitorId).AppendValue(c.UniqueKey).AppendValue(c.Reason?.Name()).AppendValue(c.Destination));
        var collected = records.OfType<CollectedEvent>().ToList();
        var events = records.Select(r => r switch
        {
            CollectedEvent e => e.Event,
            LinkClick { Event: { } click } => click,
            _ => null,
        }).OfType<TrackedEvent>().ToList();
        if (events.Count == 0)
        {
            return 0;
        }

        var (imported, _) = EventWriter.Insert(db, workspace, null, events);
        var moved = false;
        foreach (var e in collected.Where(c => c.ClickRef is not null && c.Event.VisitorId is not null))
        {
            moved |= MoveClick(workspace, e);
        }

        EventWriter.Derive(db, workspace, forcePeople: moved);
        return imported;
    }

    private bool MoveClick(Workspace workspace, CollectedEvent landing)
    {
        var visitor = landing.Event.VisitorId!;
        using var command = db.Command(
            """
            SELECT visitor_id FROM link_clicks
            WHERE workspace_id = $1 AND click_id = $2 AND drop_reason IS NULL AND visitor_id <> $3
              AND visitor_id LIKE 'h\_%' ESCAPE '\' AND ts BETWEEN $4 AND $5
            """,
            workspace.Id,
            landing.ClickRef,
            visitor,
            landing.Event.Timestamp - CollectedEvent.ClickWindow,
            landing.Event.Timestamp);
        var previous = command.ExecuteScalar() as string;
        if (previous is null)
        {
            return false;
        }

        db.Execute("UPDATE link_clicks SET visitor_id = $3 WHERE workspace_id = $1 AND click_id = $2", workspace.Id, landing.ClickRef, visitor);
        db.Execute("UPDATE events SET visitor_id = $3 WHERE workspace_id = $1 AND event_id = $2", workspace.Id, ClickEventId(landing.ClickRef!), visitor);
        EventWriter.Touch(db, previous);
        EventWriter.Touch(db, visitor);
        return true;
    }

    /// <summary>The event id of a human link click's event (<see cref="LinkClick.EventIdOf"/>).</summary>
    internal static string ClickEventId(string clickId) => LinkClick.EventIdOf(clickId);

    /// <summary>Appends <paramref name="rows"/> to a staging copy of <paramref name="table"/>, then inserts those whose <paramref name="id"/> the table lacks (first copy wins).</summary>
    private void StageAndInsert<T>(string table, string id, IReadOnlyList<T> rows, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> columns)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var stage = $"payoff_stage_{table}";
        db.Execute($"DROP TABLE IF EXISTS temp.{stage}");
        db.Execute($"CREATE TEMP TABLE {stage} AS SELECT * FROM {table} LIMIT 0");
        using (var appender = db.Connection.CreateAppender("temp", "main", stage))
        {
            foreach (var item in rows)
            {
                columns(appender.CreateRow(), item).EndRow();
            }
        }

        db.Execute(
            $"""
            INSERT INTO {table}
            SELECT * FROM {stage} s
            WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.workspace_id = s.workspace_id AND t.{id} = s.{id})
            QUALIFY row_number() OVER (PARTITION BY s.workspace_id, s.{id}) = 1
            """);
        db.Execute($"DROP TABLE temp.{stage}");
    }
}
