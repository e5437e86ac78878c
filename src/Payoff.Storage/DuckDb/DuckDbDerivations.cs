using DuckDB.NET.Data;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Sessions;
using Payoff.Core.Tracking;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Derives sessions, people and revenue from the stored events and CRM contacts. Runs inside the
/// caller's transaction.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Sessions: <see cref="Sessionizer"/> over each affected visitor's page views and clicks.</item>
/// <item>People: one per contact id, plus one per anonymous visitor with a conversion. A visitor is
/// stitched to the first contact id it carried; its later conversions without an id belong to that
/// contact. A person became a contact at its first lead or customer event or CRM lead/created/customer
/// date, whichever is earliest, and a customer at its first customer event or CRM customer date.</item>
/// <item>Original source: the CRM's when it gave one; else the first session of any visitor stitched
/// to the person; else the source of the person's first conversion event; else <c>Offline</c>.</item>
/// <item>When the original source is the first session, the person keeps that session's visitor and
/// start (<c>first_visitor_id</c>, <c>first_session_at</c>), so a tracked link whose click began it
/// gets the person's credit.</item>
/// <item>Revenue: the value of each customer and conversion event, except for contacts whose CRM
/// record carries a revenue, which counts instead at its customer date.</item>
/// </list>
/// </remarks>
internal static class DuckDbDerivations
{
    /// <summary>
    /// Rebuilds the sessions of the visitors listed in temp table <paramref name="visitorTable"/> (column <c>visitor_id</c>), or of
    /// all visitors when null, each with its local day, and the sessions' daily rollups with them (<see cref="DuckDbRollups"/>).
    /// </summary>
    public static long RebuildSessions(DuckDbDatabase db, Workspace workspace, string? visitorTable)
    {
        var filter = visitorTable is null ? string.Empty : $"AND visitor_id IN (SELECT visitor_id FROM {visitorTable})";
        if (visitorTable is not null)
        {
            DuckDbRollups.SubtractSessions(db, workspace, visitorTable);
        }

        db.Execute($"DELETE FROM sessions WHERE workspace_id = $1 {filter}", workspace.Id);
        var sessionizer = new Sessionizer(new SessionOptions { Timeout = workspace.SessionTimeout });
        var sessions = new List<Session>();
        using (var command = db.Command(
            $"""
            SELECT visitor_id, event_id, ts, url, channel, network, source, medium, campaign, content, term, click_id_type, click_id
            FROM events
            WHERE workspace_id = $1 AND type IN ('pageview', 'click') AND visitor_id IS NOT NULL {filter}
            ORDER BY visitor_id, ts, event_id
            """,
            workspace.Id))
        using (var reader = command.ExecuteReader())
        {
            string? visitor = null;
            var hits = new List<TrackedEvent>();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (id != visitor)
                {
                    if (visitor is not null)
                    {
                        sessions.AddRange(sessionizer.Sessionize(visitor, hits));
                    }

                    visitor = id;
                    hits.Clear();
                }

                hits.Add(new TrackedEvent
                {
                    EventId = reader.GetString(1),
                    Timestamp = DuckDbDatabase.FromDb(reader.GetDateTime(2)),
                    VisitorId = id,
                    Type = EventType.Pageview,
                    Url = NullableString(reader, 3),
                    Source = new TrafficSource(
                        reader.GetString(4),
                        NullableString(reader, 5),
                        reader.GetString(6),
                        reader.GetString(7),
                        NullableString(reader, 8),
                        NullableString(reader, 9),
                        NullableString(reader, 10),
                        reader.IsDBNull(11) ? null : new ClickId(reader.GetString(11), reader.GetString(12))),
                });
            }

            if (visitor is not null)
            {
                sessions.AddRange(sessionizer.Sessionize(visitor, hits));
            }
        }

        var days = new LocalDays(workspace.Calendar);
        using (var appender = db.Connection.CreateAppender("sessions"))
        {
            foreach (var s in sessions)
            {
                appender.CreateRow()
                    .AppendValue(workspace.Id)
                    .AppendValue(s.VisitorId)
                    .AppendValue(DuckDbDatabase.ToDb(s.Start))
                    .AppendValue(DuckDbDatabase.ToDb(s.End))
                    .AppendValue(s.Hits)
                    .AppendValue(s.LandingUrl)
                    .AppendSource(s.Source)
                    .AppendValue(days.Of(s.Start).ToDateTime(TimeOnly.MinValue))
                    .EndRow();
            }
        }

        if (visitorTable is null)
        {
            DuckDbRollups.RefreshSessions(db, workspace);
        }
        else
        {
            DuckDbRollups.AddSessions(db, workspace, visitorTable);
        }

        return sessions.Count;
    }

    /// <summary>Derives the workspace's people and revenue again from events, sessions and contacts.</summary>
    public static void RebuildPeople(DuckDbDatabase db, Workspace workspace)
    {
        db.Execute("DROP TABLE IF EXISTS temp.payoff_conv");
        db.Execute(
            """
            CREATE TEMP TABLE payoff_conv AS
            WITH ev AS (SELECT * FROM events WHERE workspace_id = $1),
            stitch AS (
                SELECT visitor_id, first(contact_id ORDER BY ts, event_id) AS contact_id
                FROM ev WHERE contact_id IS NOT NULL AND visitor_id IS NOT NULL
                GROUP BY visitor_id)
            SELECT coalesce(e.contact_id, s.contact_id, '~visitor:' || e.visitor_id) AS person_key,
                   coalesce(e.contact_id, s.contact_id) AS known_contact,
                   e.event_id, e.ts, e.type, e.visitor_id, e.value, e.currency, e.name,
                   e.channel, e.network, e.source, e.medium, e.campaign, e.content, e.term
            FROM ev e LEFT JOIN stitch s ON s.visitor_id = e.visitor_id
            WHERE e.type IN ('lead', 'customer', 'conversion')
            """,
            workspace.Id);
        db.Execute("DELETE FROM people WHERE workspace_id = $1", workspace.Id);
        db.Execute(
            """
            INSERT INTO people
            WITH person_visitors AS (
                SELECT DISTINCT contact_id AS person_key, visitor_id FROM events
                WHERE workspace_id = $1 AND contact_id IS NOT NULL AND visitor_id IS NOT NULL
                UNION
                SELECT DISTINCT person_key, visitor_id FROM payoff_conv WHERE known_contact IS NULL AND visitor_id IS NOT NULL),
            first_session AS (
                SELECT pv.person_key, s.visitor_id, s.started_at, s.channel, s.network, s.source, s.medium, s.campaign, s.content, s.term
                FROM person_visitors pv JOIN sessions s ON s.workspace_id = $1 AND s.visitor_id = pv.visitor_id
                QUALIFY row_number() OVER (PARTITION BY pv.person_key ORDER BY s.started_at, s.visitor_id) = 1),
            first_conv AS (
                SELECT person_key, channel, network, source, medium, campaign, content, term FROM payoff_conv
                QUALIFY row_number() OVER (PARTITION BY person_key ORDER BY ts, event_id) = 1),
            dates AS (
                SELECT person_key, any_value(known_contact) AS contact_id,
                       min(ts) FILTER (WHERE type IN ('lead', 'customer')) AS contact_at,
                       min(ts) FILTER (WHERE type = 'customer') AS customer_at
                FROM payoff_conv GROUP BY person_key),
            crm AS (SELECT * FROM contacts WHERE workspace_id = $1),
            persons AS (SELECT person_key FROM dates UNION SELECT contact_id FROM crm),
            resolved AS (
                SELECT p.person_key,
                       coalesce(c.contact_id, d.contact_id) AS contact_id,
                       least(d.contact_at, c.lead_at, c.created_at, c.customer_at) AS contact_at,
                       least(d.customer_at, c.customer_at) AS customer_at,
                       coalesce(
                           CASE WHEN c.channel IS NOT NULL THEN struct_pack(channel := c.channel, network := c.network, source := c.source, medium := c.medium, campaign := c.campaign, content := NULL::VARCHAR, term := NULL::VARCHAR) END,
                           CASE WHEN fs.person_key IS NOT NULL THEN struct_pack(channel := fs.channel, network := fs.network, source := fs.source, medium := fs.medium, campaign := fs.campaign, content := fs.content, term := fs.term) END,
                           CASE WHEN fc.person_key IS NOT NULL THEN struct_pack(channel := fc.channel, network := fc.network, source := fc.source, medium := fc.medium, campaign := fc.campaign, content := fc.content, term := fc.term) END,
                           struct_pack(channel := 'Offline', network := NULL::VARCHAR, source := 'offline', medium := 'offline', campaign := NULL::VARCHAR, content := NULL::VARCHAR, term := NULL::VARCHAR)) AS o,
                       CASE WHEN c.channel IS NULL THEN fs.visitor_id END AS first_visitor_id,
                       CASE WHEN c.channel IS NULL THEN fs.started_at END AS first_session_at
                FROM persons p
                LEFT JOIN dates d ON d.person_key = p.person_key
                LEFT JOIN crm c ON c.contact_id = p.person_key
                LEFT JOIN first_session fs ON fs.person_key = p.person_key
                LEFT JOIN first_conv fc ON fc.person_key = p.person_key)
            SELECT $1, person_key, contact_id, contact_at, customer_at,
                   o.channel, o.network, o.source, o.medium, o.campaign, o.content, o.term,
                   first_visitor_id, first_session_at
            FROM resolved
            """,
            workspace.Id);
        db.Execute("DELETE FROM revenue WHERE workspace_id = $1", workspace.Id);
        db.Execute(
            """
            INSERT INTO revenue
            SELECT $1, v.person_key, v.ts, v.value, coalesce(v.currency, $2), 'event', v.event_id
            FROM payoff_conv v
            WHERE v.type IN ('customer', 'conversion') AND v.value IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.workspace_id = $1 AND c.contact_id = v.person_key AND c.revenue IS NOT NULL)
            UNION ALL
            SELECT $1, contact_id, coalesce(customer_at, lead_at, created_at), revenue, coalesce(currency, $2), 'crm', contact_id
            FROM contacts
            WHERE workspace_id = $1 AND revenue IS NOT NULL AND coalesce(customer_at, lead_at, created_at) IS NOT NULL
            """,
            workspace.Id,
            workspace.Currency);
        db.Execute("DELETE FROM conversions WHERE workspace_id = $1", workspace.Id);
        db.Execute(
            "INSERT INTO conversions SELECT $1, person_key, ts, type, name, value, currency, event_id FROM payoff_conv",
            workspace.Id);
        db.Execute("DROP TABLE IF EXISTS temp.payoff_conv");
        DuckDbRollups.RefreshPeople(db, workspace);
    }

    private static string? NullableString(DuckDBDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
