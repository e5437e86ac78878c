using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Reads the ledger's raw material. Timestamps are cut into the workspace's local days with an ASOF
/// join on a table of the days' starting instants (DST-safe: each start comes from the time zone).
/// Networks and campaigns group case-insensitively, as in the sources report; a missing network is
/// the channel, a missing campaign <c>(not set)</c>.
/// </summary>
public sealed class DuckDbLedgerReader(DuckDbDatabase db) : ILedgerReader
{
    /// <inheritdoc />
    public Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (lo, hi) = workspace.Calendar.Range(range.From, range.To);
        WriteDays(workspace, range);
        var w = workspace.Id;
        var setup = new DuckDbCostSetupStore(db);
        var data = new LedgerData(
            ReadWeb(w, lo, hi),
            ReadMoney(w, lo, hi, range),
            ReadConversions(w, lo, hi),
            db.Query(
                "SELECT day, network, account, metric, value FROM account_metrics WHERE workspace_id = $1 AND day >= $2 AND day <= $3",
                r => new SocialDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDecimal(4)),
                w, Day(range.From), Day(range.To)),
            setup.Time(workspace, range),
            setup.Recurrences(workspace),
            setup.Rates(workspace),
            setup.Fees(workspace),
            setup.Values(workspace),
            setup.CurrencyRates(workspace));
        db.Execute("DROP TABLE IF EXISTS temp.payoff_days");
        return Task.FromResult(data);
    }

    /// <inheritdoc />
    public Task<DataCoverage> ReadCoverageAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var firsts = db.Query(
            """
            SELECT min(name), min(first_at) FROM (
                SELECT coalesce(network, channel) AS name, min(started_at) AS first_at FROM sessions WHERE workspace_id = $1 GROUP BY ALL
                UNION ALL
                SELECT coalesce(network, channel), min(contact_at) FROM people WHERE workspace_id = $1 AND contact_at IS NOT NULL GROUP BY ALL)
            WHERE name IS NOT NULL
            GROUP BY lower(name)
            """,
            r => (Name: r.GetString(0), Day: workspace.Calendar.DateOf(DuckDbDatabase.FromDb(r.GetDateTime(1)))),
            workspace.Id).ToDictionary(f => f.Name, f => f.Day, StringComparer.OrdinalIgnoreCase);
        return Task.FromResult(new DataCoverage(firsts.Count == 0 ? null : firsts.Values.Min(), firsts));
    }

    /// <summary>The SQL of the web aggregate, for the benchmark's raw baseline.</summary>
    public const string WebSql = """
        SELECT day, min(network), min(campaign), sum(sessions)::BIGINT, sum(contacts)::BIGINT, sum(customers)::BIGINT
        FROM (
            SELECT d.day, coalesce(s.network, s.channel) AS network, coalesce(s.campaign, '(not set)') AS campaign, count(*) AS sessions, 0 AS contacts, 0 AS customers
            FROM sessions s ASOF JOIN payoff_days d ON s.started_at >= d.s
            WHERE s.workspace_id = $1 AND s.started_at >= $2 AND s.started_at < $3
            GROUP BY ALL
            UNION ALL
            SELECT d.day, coalesce(p.network, p.channel), coalesce(p.campaign, '(not set)'), 0, count(*), 0
            FROM people p ASOF JOIN payoff_days d ON p.contact_at >= d.s
            WHERE p.workspace_id = $1 AND p.contact_at >= $2 AND p.contact_at < $3
            GROUP BY ALL
            UNION ALL
            SELECT d.day, coalesce(p.network, p.channel), coalesce(p.campaign, '(not set)'), 0, 0, count(*)
            FROM people p ASOF JOIN payoff_days d ON p.customer_at >= d.s
            WHERE p.workspace_id = $1 AND p.customer_at >= $2 AND p.customer_at < $3
            GROUP BY ALL)
        GROUP BY day, lower(network), lower(campaign)
        """;

    /// <summary>The SQL of revenue per day, network, campaign and currency ($1 workspace, $2..$3 instants).</summary>
    public const string RevenueSql = """
        SELECT d.day, min(coalesce(p.network, p.channel)), min(coalesce(p.campaign, '(not set)')), r.currency, sum(r.amount)
        FROM revenue r
        JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
        ASOF JOIN payoff_days d ON r.occurred_at >= d.s
        WHERE r.workspace_id = $1 AND r.occurred_at >= $2 AND r.occurred_at < $3
        GROUP BY d.day, lower(coalesce(p.network, p.channel)), lower(coalesce(p.campaign, '(not set)')), r.currency
        """;

    /// <summary>The SQL of ad spend per day, network, campaign and currency ($1 workspace, $2..$3 days).</summary>
    public const string SpendSql = """
        SELECT day, network, CASE WHEN campaign = '' THEN '(not set)' ELSE campaign END, currency, sum(amount)
        FROM costs WHERE workspace_id = $1 AND day >= $2 AND day <= $3
        GROUP BY ALL
        """;

    /// <summary>The SQL of value-less conversions per day, network, campaign and name ($1 workspace, $2..$3 instants).</summary>
    public const string ConversionsSql = """
        SELECT d.day, min(coalesce(p.network, p.channel)), min(coalesce(p.campaign, '(not set)')), lower(c.name), count(*)::BIGINT
        FROM conversions c
        JOIN people p ON p.workspace_id = c.workspace_id AND p.person_key = c.person_key
        ASOF JOIN payoff_days d ON c.occurred_at >= d.s
        WHERE c.workspace_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.type = 'conversion' AND c.value IS NULL AND c.name IS NOT NULL
        GROUP BY d.day, lower(coalesce(p.network, p.channel)), lower(coalesce(p.campaign, '(not set)')), lower(c.name)
        """;

    /// <summary>
    /// Creates the temporary table of the range's days and their starting instants that the queries
    /// (<see cref="WebSql"/>, <see cref="RevenueSql"/>, <see cref="ConversionsSql"/>) join with; public for the benchmark's raw baseline.
    /// </summary>
    public void WriteDays(Workspace workspace, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_days (day DATE, s TIMESTAMP)");
        using var appender = db.Connection.CreateAppender("temp", "main", "payoff_days");
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            appender.CreateRow().AppendValue(day.ToDateTime(TimeOnly.MinValue)).AppendValue(DuckDbDatabase.ToDb(workspace.Calendar.StartOfDay(day))).EndRow();
        }
    }

    private List<WebDay> ReadWeb(long workspace, DateTimeOffset lo, DateTimeOffset hi) => db.Query(
        WebSql,
        r => new WebDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)),
        workspace, lo, hi);

    private List<MoneyDay> ReadMoney(long workspace, DateTimeOffset lo, DateTimeOffset hi, DateRange range)
    {
        var revenue = db.Query(
            RevenueSql,
            r => new MoneyDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), MoneyKind.Revenue, r.GetString(3), r.GetDecimal(4)),
            workspace, lo, hi);
        var spend = db.Query(
            SpendSql,
            r => new MoneyDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), MoneyKind.AdSpend, r.GetString(3), r.GetDecimal(4)),
            workspace, Day(range.From), Day(range.To));
        return [.. revenue, .. spend];
    }

    private List<ConversionDay> ReadConversions(long workspace, DateTimeOffset lo, DateTimeOffset hi) => db.Query(
        ConversionsSql,
        r => new ConversionDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)),
        workspace, lo, hi);

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
