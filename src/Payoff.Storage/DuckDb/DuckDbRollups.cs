using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Keeps table <c>daily_rollups</c>: per workspace, local day, measure and source key (channel, network, campaign,
/// content as recorded), the counts and sums the ledger and the sources report read. Every method runs inside the
/// caller's transaction, so the rollups change in the same commit as the rows they summarise.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>sessions</c>: sessions by their own source, on their stored local day (<c>sessions.day</c>).</item>
/// <item><c>contacts</c>, <c>customers</c>: people on the local day they became one, by their original source.</item>
/// <item><c>revenue</c>: revenue rows by currency (count = rows, amount = their sum) on the local day they
/// occurred, by the buyer's original source.</item>
/// <item><c>conversions</c>: conversions without a value of their own, by lower-case name, by the person's original source.</item>
/// <item><c>ad_spend</c>, <c>clicks</c>, <c>impressions</c>: imported ad costs on their export's day, by network and
/// campaign (<c>''</c> when the file named none); channel and content are null.</item>
/// </list>
/// Sessions change incrementally (the sessions of the touched visitors are subtracted before they are rebuilt and
/// added after, so a live batch rewrites only its days' rows); people, revenue, conversions and costs are summarised
/// again for the workspace whenever they are rebuilt, which is already whole-workspace work.
/// </remarks>
internal static class DuckDbRollups
{
    /// <summary>The measures read from people, revenue and conversions.</summary>
    private const string PeopleMeasures = "('contacts', 'customers', 'revenue', 'conversions')";

    /// <summary>The measures read from imported costs.</summary>
    private const string CostMeasures = "('ad_spend', 'clicks', 'impressions')";

    /// <summary>Before the sessions of the visitors in <paramref name="visitorTable"/> are deleted: counts them as a negative change.</summary>
    public static void SubtractSessions(DuckDbDatabase db, Workspace workspace, string visitorTable)
    {
        db.Execute(
            $"""
            CREATE OR REPLACE TEMP TABLE payoff_session_delta AS
            SELECT day, channel, network, campaign, content, -count(*) AS n
            FROM sessions WHERE workspace_id = $1 AND visitor_id IN (SELECT visitor_id FROM {visitorTable})
            GROUP BY ALL
            """,
            workspace.Id);
    }

    /// <summary>After those visitors' sessions were rebuilt: adds them and rewrites the rollup rows of every day that changed.</summary>
    public static void AddSessions(DuckDbDatabase db, Workspace workspace, string visitorTable)
    {
        db.Execute(
            $"""
            INSERT INTO payoff_session_delta
            SELECT day, channel, network, campaign, content, count(*)
            FROM sessions WHERE workspace_id = $1 AND visitor_id IN (SELECT visitor_id FROM {visitorTable})
            GROUP BY ALL
            """,
            workspace.Id);
        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_delta_days AS SELECT DISTINCT day FROM payoff_session_delta");
        db.Execute(
            """
            CREATE OR REPLACE TEMP TABLE payoff_session_merged AS
            SELECT day, channel, network, campaign, content, sum(n)::BIGINT AS n FROM (
                SELECT day, channel, network, campaign, content, count AS n FROM daily_rollups
                WHERE workspace_id = $1 AND measure = 'sessions' AND day IN (SELECT day FROM payoff_delta_days)
                UNION ALL
                SELECT * FROM payoff_session_delta)
            GROUP BY ALL
            HAVING sum(n) <> 0
            """,
            workspace.Id);
        db.Execute("DELETE FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' AND day IN (SELECT day FROM payoff_delta_days)", workspace.Id);
        db.Execute("INSERT INTO daily_rollups SELECT $1, day, 'sessions', channel, network, campaign, content, '', '', n, 0 FROM payoff_session_merged", workspace.Id);
        db.Execute("DROP TABLE temp.payoff_session_merged");
        db.Execute("DROP TABLE temp.payoff_delta_days");
        db.Execute("DROP TABLE temp.payoff_session_delta");
    }

    /// <summary>Summarises all of the workspace's sessions again.</summary>
    public static void RefreshSessions(DuckDbDatabase db, Workspace workspace)
    {
        db.Execute("DELETE FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions'", workspace.Id);
        db.Execute(
            """
            INSERT INTO daily_rollups
            SELECT $1, day, 'sessions', channel, network, campaign, content, '', '', count(*), 0
            FROM sessions WHERE workspace_id = $1
            GROUP BY ALL
            """,
            workspace.Id);
    }

    /// <summary>Summarises the workspace's contacts, customers, revenue and value-less conversions again, each on its local day.</summary>
    public static void RefreshPeople(DuckDbDatabase db, Workspace workspace)
    {
        db.Execute($"DELETE FROM daily_rollups WHERE workspace_id = $1 AND measure IN {PeopleMeasures}", workspace.Id);
        var (first, last) = db.Query(
            """
            SELECT min(t), max(t) FROM (
                SELECT contact_at AS t FROM people WHERE workspace_id = $1
                UNION ALL SELECT customer_at FROM people WHERE workspace_id = $1
                UNION ALL SELECT occurred_at FROM revenue WHERE workspace_id = $1
                UNION ALL SELECT occurred_at FROM conversions WHERE workspace_id = $1)
            """,
            r => (r.IsDBNull(0) ? (DateTime?)null : r.GetDateTime(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1)),
            workspace.Id)[0];
        if (first is not { } from || last is not { } to)
        {
            return;
        }

        var calendar = workspace.Calendar;
        WriteDays(db, workspace, new DateRange(calendar.DateOf(DuckDbDatabase.FromDb(from)), calendar.DateOf(DuckDbDatabase.FromDb(to))));
        db.Execute(
            """
            INSERT INTO daily_rollups
            SELECT $1, d.day, 'contacts', p.channel, p.network, p.campaign, p.content, '', '', count(*), 0
            FROM people p ASOF JOIN payoff_days d ON p.contact_at >= d.s
            WHERE p.workspace_id = $1
            GROUP BY ALL
            UNION ALL
            SELECT $1, d.day, 'customers', p.channel, p.network, p.campaign, p.content, '', '', count(*), 0
            FROM people p ASOF JOIN payoff_days d ON p.customer_at >= d.s
            WHERE p.workspace_id = $1
            GROUP BY ALL
            UNION ALL
            SELECT $1, d.day, 'revenue', p.channel, p.network, p.campaign, p.content, '', r.currency, count(*), sum(r.amount)
            FROM revenue r
            JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
            ASOF JOIN payoff_days d ON r.occurred_at >= d.s
            WHERE r.workspace_id = $1
            GROUP BY ALL
            UNION ALL
            SELECT $1, d.day, 'conversions', p.channel, p.network, p.campaign, p.content, lower(c.name), '', count(*), 0
            FROM conversions c
            JOIN people p ON p.workspace_id = c.workspace_id AND p.person_key = c.person_key
            ASOF JOIN payoff_days d ON c.occurred_at >= d.s
            WHERE c.workspace_id = $1 AND c.type = 'conversion' AND c.value IS NULL AND c.name IS NOT NULL
            GROUP BY ALL
            """,
            workspace.Id);
        db.Execute("DROP TABLE IF EXISTS temp.payoff_days");
    }

    /// <summary>Summarises the workspace's imported ad costs again.</summary>
    public static void RefreshCosts(DuckDbDatabase db, Workspace workspace)
    {
        db.Execute($"DELETE FROM daily_rollups WHERE workspace_id = $1 AND measure IN {CostMeasures}", workspace.Id);
        db.Execute(
            """
            INSERT INTO daily_rollups
            SELECT $1, day, 'ad_spend', NULL, network, campaign, NULL, '', currency, count(*), sum(amount)
            FROM costs WHERE workspace_id = $1
            GROUP BY ALL
            UNION ALL
            SELECT $1, day, 'clicks', NULL, network, campaign, NULL, '', '', sum(clicks)::BIGINT, 0
            FROM costs WHERE workspace_id = $1 AND clicks IS NOT NULL
            GROUP BY ALL
            UNION ALL
            SELECT $1, day, 'impressions', NULL, network, campaign, NULL, '', '', sum(impressions)::BIGINT, 0
            FROM costs WHERE workspace_id = $1 AND impressions IS NOT NULL
            GROUP BY ALL
            """,
            workspace.Id);
    }

    /// <summary>
    /// Cuts every stored session of the workspace into its local day again (after a time-zone change) and rebuilds
    /// all its rollups from the rows they summarise: <c>payoff maintenance rebuild-rollups</c>.
    /// </summary>
    public static void RebuildAll(DuckDbDatabase db, Workspace workspace)
    {
        var span = db.Query(
            "SELECT min(started_at), max(started_at) FROM sessions WHERE workspace_id = $1",
            r => r.IsDBNull(0) ? ((DateTime, DateTime)?)null : (r.GetDateTime(0), r.GetDateTime(1)),
            workspace.Id)[0];
        if (span is var (first, last))
        {
            var calendar = workspace.Calendar;
            WriteDays(db, workspace, new DateRange(calendar.DateOf(DuckDbDatabase.FromDb(first)), calendar.DateOf(DuckDbDatabase.FromDb(last))));
            db.Execute(
                """
                CREATE OR REPLACE TEMP TABLE payoff_redayed AS
                SELECT s.* EXCLUDE (day), d.day FROM sessions s ASOF JOIN payoff_days d ON s.started_at >= d.s
                WHERE s.workspace_id = $1
                """,
                workspace.Id);
            db.Execute("DELETE FROM sessions WHERE workspace_id = $1", workspace.Id);
            db.Execute("INSERT INTO sessions SELECT * FROM payoff_redayed");
            db.Execute("DROP TABLE temp.payoff_redayed");
            db.Execute("DROP TABLE IF EXISTS temp.payoff_days");
        }

        RefreshSessions(db, workspace);
        RefreshPeople(db, workspace);
        RefreshCosts(db, workspace);
    }

    /// <summary>
    /// Creates temp table <c>payoff_days (day DATE, s TIMESTAMP)</c>: each local day of <paramref name="range"/> and
    /// the UTC instant it starts (DST-safe: each start comes from the time zone), for an ASOF join that cuts instants into days.
    /// </summary>
    public static void WriteDays(DuckDbDatabase db, Workspace workspace, DateRange range)
    {
        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_days (day DATE, s TIMESTAMP)");
        using var appender = db.Connection.CreateAppender("temp", "main", "payoff_days");
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            appender.CreateRow().AppendValue(day.ToDateTime(TimeOnly.MinValue)).AppendValue(DuckDbDatabase.ToDb(workspace.Calendar.StartOfDay(day))).EndRow();
        }
    }
}
