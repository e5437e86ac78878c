using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// The one path by which events enter the <c>events</c> table, for imports and live collection
/// alike: staged with the appender, deduplicated by (workspace, event id) against the table and
/// within the batch (first copy wins), inserted, and then derived. Runs inside the caller's transaction.
/// </summary>
/// <remarks>
/// <see cref="Insert"/> leaves the touched visitors in <c>temp.payoff_visitors</c>; callers may add
/// more (a click re-keyed to a site visitor) before <see cref="Derive"/> rebuilds their sessions.
/// </remarks>
internal static class EventWriter
{
    /// <summary>Stages and inserts the new events; returns how many were stored and how many were duplicates.</summary>
    public static (long Imported, long Duplicates) Insert(DuckDbDatabase db, Workspace workspace, long? importId, IEnumerable<TrackedEvent> events)
    {
        Drop(db);
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
                    .AppendSource(e.Source)
                    .AppendValue(e.Source.ClickId?.Value)
                    .AppendValue(importId)
                    .AppendValue(e.SiteId)
                    .AppendValue(e.Device)
                    .AppendValue(e.Browser)
                    .AppendValue(e.Country)
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
        return (imported, staged - imported);
    }

    /// <summary>Adds a visitor whose sessions must be rebuilt by <see cref="Derive"/>.</summary>
    public static void Touch(DuckDbDatabase db, string visitorId) =>
        db.Execute("INSERT INTO payoff_visitors SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM payoff_visitors WHERE visitor_id = $1)", visitorId);

    /// <summary>
    /// Rebuilds the touched visitors' sessions, and the workspace's people and revenue when the new
    /// events can change them: a conversion or contact id arrived, a touched visitor belongs to a
    /// person already, or <paramref name="forcePeople"/>. Page views of anonymous visitors cannot
    /// change any person, so a live batch of them skips the people rebuild.
    /// </summary>
    public static void Derive(DuckDbDatabase db, Workspace workspace, bool forcePeople)
    {
        DuckDbDerivations.RebuildSessions(db, workspace, "payoff_visitors");
        var people = forcePeople
            || db.Scalar<bool>("SELECT count(*) > 0 FROM payoff_fresh WHERE type NOT IN ('pageview', 'click', 'outbound') OR contact_id IS NOT NULL")
            || db.Scalar<bool>(
                """
                SELECT count(*) > 0 FROM payoff_visitors v
                WHERE EXISTS (SELECT 1 FROM events e WHERE e.workspace_id = $1 AND e.visitor_id = v.visitor_id
                              AND (e.type IN ('lead', 'customer', 'conversion') OR e.contact_id IS NOT NULL))
                """,
                workspace.Id);
        if (people)
        {
            DuckDbDerivations.RebuildPeople(db, workspace);
        }

        Drop(db);
    }

    private static void Drop(DuckDbDatabase db)
    {
        db.Execute("DROP TABLE IF EXISTS temp.payoff_staging");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_fresh");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_visitors");
    }
}
