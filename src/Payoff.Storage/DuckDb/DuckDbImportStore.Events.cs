using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Writing events: staged, deduplicated by event id, then sessions and people derived again.</content>
public sealed partial class DuckDbImportStore
{
    /// <summary>
    /// Stores new events (skipping ids already stored or repeated in <paramref name="events"/>),
    /// rebuilds the touched visitors' sessions and the workspace's people. Call inside a transaction.
    /// </summary>
    /// <returns>How many events were stored, and how many were skipped as duplicates.</returns>
    internal (long Imported, long Duplicates) AppendEvents(Workspace workspace, long? importId, IEnumerable<TrackedEvent> events)
    {
        db.Execute("DROP TABLE IF EXISTS temp.payoff_staging");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_fresh");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_visitors");
        db.Execute("CREATE TEMP TABLE payoff_staging AS SELECT *, 0::BIGINT AS ord FROM events LIMIT 0");
        long staged = 0;
        using (var appender = db.Connection.CreateAppender("temp", "main", "payoff_staging"))
        {
            foreach (var e in events)
            {
                appender.CreateRow()
                    .AppendValue(workspace.Id)
                    .AppendValue(e.EventId)
                    .AppendValue(DuckDbDatabase.ToDb(e.Timestamp))
                    .AppendValue(e.VisitorId)
                    .AppendValue(EventTypes.Name(e.Type))
                    .AppendValue(e.Url)
                    .AppendValue(e.Referrer)
                    .AppendValue(e.Value)
                    .AppendValue(e.Value is null ? e.Currency : e.Currency ?? workspace.Currency)
                    .AppendValue(e.ContactId)
                    .AppendValue(e.Name)
                    .AppendValue(e.Source.Channel)
                    .AppendValue(e.Source.Network)
                    .AppendValue(e.Source.Source)
                    .AppendValue(e.Source.Medium)
                    .AppendValue(e.Source.Campaign)
                    .AppendValue(e.Source.Content)
                    .AppendValue(e.Source.Term)
                    .AppendValue(e.Source.ClickId?.Parameter)
                    .AppendValue(e.Source.ClickId?.Value)
                    .AppendValue(importId)
                    .AppendValue(staged++)
                    .EndRow();
            }
        }

        db.Execute(
            """
            CREATE TEMP TABLE payoff_fresh AS
            SELECT * EXCLUDE (ord) FROM payoff_staging s
            WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.workspace_id = s.workspace_id AND e.event_id = s.event_id)
            QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY s.ord) = 1
            """);
        var imported = db.Scalar<long>("SELECT count(*) FROM payoff_fresh");
        db.Execute("INSERT INTO events SELECT * FROM payoff_fresh");
        db.Execute("CREATE TEMP TABLE payoff_visitors AS SELECT DISTINCT visitor_id FROM payoff_fresh WHERE visitor_id IS NOT NULL AND type IN ('pageview', 'click')");
        DuckDbDerivations.RebuildSessions(db, workspace, "payoff_visitors");
        DuckDbDerivations.RebuildPeople(db, workspace);
        db.Execute("DROP TABLE IF EXISTS temp.payoff_staging");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_fresh");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_visitors");
        return (imported, staged - imported);
    }
}
