using System.Runtime.InteropServices;
using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Reads the ledger's raw material. Web results, revenue, value-less conversions and ad spend come from the daily
/// rollups (<see cref="DuckDbRollups"/>, table <c>daily_rollups</c>) kept current by every write; with
/// <c>readRollups: false</c> they come from the raw rows instead (sessions by their stored local day; people, revenue
/// and conversions cut into local days with an ASOF join on the days' starting instants, DST-safe), with the same
/// answer — the property test <c>RollupPropertyTests</c> holds the two to it. Networks and campaigns group
/// case-insensitively, as in the sources report; a missing network is the channel, a missing campaign <c>(not set)</c>.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="readRollups">Whether to read the daily rollups (the default) or the raw rows.</param>
public sealed partial class DuckDbLedgerReader(DuckDbDatabase db, bool readRollups = true) : ILedgerReader
{
    /// <inheritdoc />
    public Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(workspace, range, withCoverage: false).Data);

    /// <inheritdoc />
    public Task<(LedgerData Data, DataCoverage Coverage)> ReadWithCoverageAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        var (data, coverage) = Read(workspace, range, withCoverage: true);
        return Task.FromResult((data, coverage!));
    }

    private (LedgerData Data, DataCoverage? Coverage) Read(Workspace workspace, DateRange range, bool withCoverage)
    {
        var (data, coverage) = ReadAccounts(workspace, range, withCoverage);
        return (WithRewards(workspace, range, WithConversations(workspace, range, data)), coverage);
    }

    private (LedgerData Data, DataCoverage? Coverage) ReadAccounts(Workspace workspace, DateRange range, bool withCoverage)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        if (readRollups)
        {
            return ReadRollups(workspace.Id, range, withCoverage);
        }

        var w = workspace.Id;
        var (from, to) = (Day(range.From), Day(range.To));
        var (lo, hi) = workspace.Calendar.Range(range.From, range.To);
        WriteDays(workspace, range);
        var web = ReadWeb(WebSql, w, lo, hi, from, to);
        var revenue = ReadRevenue(RevenueSql, w, lo, hi);
        var conversions = ReadConversions(ConversionsSql, w, lo, hi);
        db.Execute("DROP TABLE IF EXISTS temp.payoff_days");
        var spend = db.Query(
            SpendSql,
            r => new MoneyDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), MoneyKind.AdSpend, r.GetString(3), r.GetDecimal(4)),
            w, from, to);
        var social = db.Query(
            AccountMetricsSql,
            r => new SocialDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDecimal(4)),
            w, from, to);
        var setup = new DuckDbCostSetupStore(db).All(workspace, range);
        var data = new LedgerData(web, [.. revenue, .. spend], conversions, social, setup.Time, setup.Recurrences, setup.Rates, setup.Fees, setup.Values, setup.CurrencyRates);
        return (data, withCoverage ? ReadCoverage(workspace) : null);
    }

    /// <summary>
    /// Adds the referral rewards earned and not voided in the range (issue 19) as <see cref="MoneyKind.Reward"/>: both sides,
    /// on the referral's network (else Advocates) and the program's name as campaign, by the reward's local day.
    /// </summary>
    private LedgerData WithRewards(Workspace workspace, DateRange range, LedgerData data)
    {
        var rewards = db.Query(
            """
            SELECT r.day, min(r.network), min(p.name), r.currency, sum(r.amount)
            FROM rewards r JOIN referral_programs p ON p.id = r.program_id
            WHERE r.workspace_id = $1 AND r.status <> 'voided' AND r.day >= $2 AND r.day <= $3 AND r.amount <> 0
            GROUP BY r.day, lower(r.network), lower(p.name), r.currency
            ORDER BY 1, 2, 3, 4
            """,
            r => new MoneyDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), MoneyKind.Reward, r.GetString(3), r.GetDecimal(4)),
            workspace.Id, Day(range.From), Day(range.To));
        return rewards.Count == 0 ? data : data with { Money = [.. data.Money, .. rewards] };
    }

    /// <inheritdoc />
    public Task<DataCoverage> ReadCoverageAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Task.FromResult(ReadCoverage(workspace));
    }

    private DataCoverage ReadCoverage(Workspace workspace)
    {
        if (!readRollups)
        {
            WriteCoverageDays(workspace);
        }

        var firsts = db.Query(
            readRollups ? RollupCoverageSql : CoverageSql,
            r => (Name: r.GetString(0), Day: DateOnly.FromDateTime(r.GetDateTime(1))),
            workspace.Id);
        if (!readRollups)
        {
            db.Execute("DROP TABLE IF EXISTS temp.payoff_days");
        }

        return Coverage(firsts);
    }

    private static DataCoverage Coverage(IEnumerable<(string Name, DateOnly Day)> firsts)
    {
        var byName = firsts.ToDictionary(f => f.Name, f => f.Day, StringComparer.OrdinalIgnoreCase);
        return new DataCoverage(byName.Count == 0 ? null : byName.Values.Min(), byName);
    }

    /// <summary>
    /// The SQL of the web aggregate from raw rows ($1 workspace, $2..$3 instants, $4..$5 days), also the benchmark's raw
    /// baseline: sessions by their stored local day, people cut into days on <c>payoff_days</c>.
    /// </summary>
    public const string WebSql = """
        SELECT day, min(network), min(campaign), sum(sessions)::BIGINT, sum(contacts)::BIGINT, sum(customers)::BIGINT
        FROM (
            SELECT s.day, coalesce(s.network, s.channel) AS network, coalesce(s.campaign, '(not set)') AS campaign, count(*) AS sessions, 0 AS contacts, 0 AS customers
            FROM sessions s
            WHERE s.workspace_id = $1 AND s.day >= $4 AND s.day <= $5
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

    /// <summary>The SQL of the web aggregate from the daily rollups ($1 workspace, $2..$3 days).</summary>
    public const string RollupWebSql = """
        SELECT day, min(coalesce(network, channel)), min(coalesce(campaign, '(not set)')),
               coalesce(sum(count) FILTER (WHERE measure = 'sessions'), 0)::BIGINT,
               coalesce(sum(count) FILTER (WHERE measure = 'contacts'), 0)::BIGINT,
               coalesce(sum(count) FILTER (WHERE measure = 'customers'), 0)::BIGINT
        FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND measure IN ('sessions', 'contacts', 'customers')
        GROUP BY day, lower(coalesce(network, channel)), lower(coalesce(campaign, '(not set)'))
        """;

    /// <summary>The SQL of revenue per day, network, campaign and currency from the daily rollups ($1 workspace, $2..$3 days).</summary>
    public const string RollupRevenueSql = """
        SELECT day, min(coalesce(network, channel)), min(coalesce(campaign, '(not set)')), currency, sum(amount)
        FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND measure = 'revenue'
        GROUP BY day, lower(coalesce(network, channel)), lower(coalesce(campaign, '(not set)')), currency
        """;

    /// <summary>The SQL of ad spend per day, network, campaign and currency from the daily rollups ($1 workspace, $2..$3 days).</summary>
    public const string RollupSpendSql = """
        SELECT day, network, CASE WHEN campaign = '' THEN '(not set)' ELSE campaign END, currency, sum(amount)
        FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND measure = 'ad_spend'
        GROUP BY ALL
        """;

    /// <summary>The SQL of value-less conversions per day, network, campaign and name from the daily rollups ($1 workspace, $2..$3 days).</summary>
    public const string RollupConversionsSql = """
        SELECT day, min(coalesce(network, channel)), min(coalesce(campaign, '(not set)')), name, sum(count)::BIGINT
        FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND measure = 'conversions'
        GROUP BY day, lower(coalesce(network, channel)), lower(coalesce(campaign, '(not set)')), name
        """;

    /// <summary>The SQL of the account metrics of the days ($1 workspace, $2..$3 days).</summary>
    public const string AccountMetricsSql = "SELECT day, network, account, metric, value FROM account_metrics WHERE workspace_id = $1 AND day >= $2 AND day <= $3";

    /// <summary>
    /// <see cref="RollupWebSql"/>, <see cref="RollupRevenueSql"/>, <see cref="RollupSpendSql"/>,
    /// <see cref="RollupConversionsSql"/> and <see cref="AccountMetricsSql"/> as one statement ($1 workspace, $2..$3 days):
    /// each read's rows as its own statement returns them, column 0 saying which (0 to 4 in that order), then the day, the
    /// network, the campaign (an account metric's account), the currency, conversion name or metric (null for the web),
    /// sessions (a conversion's count), contacts, customers, the amount (revenue, ad spend) and an account metric's value —
    /// each column of one SQL type, so no value changes its scale. One statement, not five: a page pays each statement's
    /// fixed cost (parse, plan, a round of the executor) once.
    /// </summary>
    public const string RollupLedgerSql = $"""
        SELECT 0, c1, c2, c3, NULL::VARCHAR, c4, c5, c6, NULL::DECIMAL(38,4), NULL::DECIMAL(18,4) FROM ({RollupWebSql}) t(c1, c2, c3, c4, c5, c6)
        UNION ALL SELECT 1, c1, c2, c3, c4, NULL, NULL, NULL, c5, NULL FROM ({RollupRevenueSql}) t(c1, c2, c3, c4, c5)
        UNION ALL SELECT 2, c1, c2, c3, c4, NULL, NULL, NULL, c5, NULL FROM ({RollupSpendSql}) t(c1, c2, c3, c4, c5)
        UNION ALL SELECT 3, c1, c2, c3, c4, c5, NULL, NULL, NULL, NULL FROM ({RollupConversionsSql}) t(c1, c2, c3, c4, c5)
        UNION ALL SELECT 4, c1, c2, c3, c4, NULL, NULL, NULL, NULL, c5 FROM ({AccountMetricsSql}) t(c1, c2, c3, c4, c5)
        """;

    /// <summary>
    /// The ledger read from the rollups in one statement ($1 workspace, $2..$3 days): <see cref="RollupLedgerSql"/>'s rows
    /// (kinds 0 to 4, columns 1 to 9), then the cost set-up (kinds 10 to 15, <see cref="DuckDbCostSetupStore.NumberedSql"/>'s
    /// columns from column 10, its order in column 19); <see cref="RollupLedgerWithCoverageSql"/> adds the coverage (kind 5:
    /// the first day in column 1, the name in column 2). A page pays each statement's fixed cost (parse, plan, a round of
    /// the executor) once, not three times.
    /// </summary>
    private static readonly string RollupLedgerAndSetupSql = $"""
        SELECT k, c1, c2, c3, c4, c5, c6, c7, c8, c9, NULL::BIGINT, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR, NULL::DATE, NULL::DATE, NULL::INTEGER, NULL::DECIMAL(18,4), NULL::DECIMAL(18,8), NULL::BIGINT
        FROM ({RollupLedgerSql}) AS ledger(k, c1, c2, c3, c4, c5, c6, c7, c8, c9)
        UNION ALL SELECT 10 + kind, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, id, a, b, c, d1, d2, n, amount, fx, rn FROM ({DuckDbCostSetupStore.NumberedSql})
        """;

    private static readonly string RollupLedgerWithCoverageSql = $"""
        {RollupLedgerAndSetupSql}
        UNION ALL SELECT 5, first_day, name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM ({RollupCoverageSql}) AS coverage(name, first_day)
        """;

    /// <summary>The first local day per network or channel from raw rows (needs <c>payoff_days</c> over the people's days).</summary>
    private const string CoverageSql = """
        SELECT min(name), min(first_day) FROM (
            SELECT coalesce(network, channel) AS name, min(day) AS first_day FROM sessions WHERE workspace_id = $1 GROUP BY ALL
            UNION ALL
            SELECT coalesce(p.network, p.channel), min(d.day) FROM people p ASOF JOIN payoff_days d ON p.contact_at >= d.s
            WHERE p.workspace_id = $1 GROUP BY ALL)
        GROUP BY lower(name)
        """;

    /// <summary>The first local day per network or channel from the daily rollups.</summary>
    private const string RollupCoverageSql = """
        SELECT min(coalesce(network, channel)), min(day) FROM daily_rollups
        WHERE workspace_id = $1 AND measure IN ('sessions', 'contacts')
        GROUP BY lower(coalesce(network, channel))
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
    /// Creates the temporary table of the range's days and their starting instants that the raw queries
    /// (<see cref="WebSql"/>, <see cref="RevenueSql"/>, <see cref="ConversionsSql"/>) join with; public for the benchmark's raw baseline.
    /// </summary>
    public void WriteDays(Workspace workspace, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        DuckDbRollups.WriteDays(db, workspace, range);
    }

    /// <summary>Writes <c>payoff_days</c> over the days of the workspace's contacts (at least one day, so the table exists).</summary>
    private void WriteCoverageDays(Workspace workspace)
    {
        var (first, last) = db.Query(
            "SELECT min(contact_at), max(contact_at) FROM people WHERE workspace_id = $1",
            r => (r.IsDBNull(0) ? (DateTime?)null : r.GetDateTime(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1)),
            workspace.Id)[0];
        var calendar = workspace.Calendar;
        var from = first is { } f ? calendar.DateOf(DuckDbDatabase.FromDb(f)) : DateOnly.FromDateTime(DateTime.UnixEpoch);
        var to = last is { } l ? calendar.DateOf(DuckDbDatabase.FromDb(l)) : from;
        DuckDbRollups.WriteDays(db, workspace, new DateRange(from, to));
    }

    /// <summary>The ledger's material of the days, and the coverage if asked, from one statement (<see cref="RollupLedgerAndSetupSql"/>).</summary>
    private (LedgerData Data, DataCoverage? Coverage) ReadRollups(long workspace, DateRange range, bool withCoverage)
    {
        var (web, revenue, spend, conversions, social) = (new List<WebDay>(), new List<MoneyDay>(), new List<MoneyDay>(), new List<ConversionDay>(), new List<SocialDay>());
        var firsts = new List<(string Name, DateOnly Day)>();
        var setup = new List<(long Order, object Item)>();
        using var command = db.Command(withCoverage ? RollupLedgerWithCoverageSql : RollupLedgerAndSetupSql, workspace, Day(range.From), Day(range.To));
        using var r = command.ExecuteReader();

        // The same few networks, campaigns and currencies come back on thousands of rows: each kept once, so the rows
        // share them and the strings DuckDB hands over die young instead of outliving the page in older generations.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Text(int column)
        {
            var text = r.GetString(column);
            ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(pool, text, out _);
            return kept ??= text;
        }

        while (r.Read())
        {
            var kind = r.GetInt32(0);
            if (kind >= 10)
            {
                setup.Add((r.GetInt64(19), DuckDbCostSetupStore.ReadSetup(r, kind - 10, 9)));
                continue;
            }

            var day = DateOnly.FromDateTime(r.GetDateTime(1));
            switch (kind)
            {
                case 0:
                    web.Add(new WebDay(day, Text(2), Text(3), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)));
                    break;
                case 1:
                    revenue.Add(new MoneyDay(day, Text(2), Text(3), MoneyKind.Revenue, Text(4), r.GetDecimal(8)));
                    break;
                case 2:
                    spend.Add(new MoneyDay(day, Text(2), Text(3), MoneyKind.AdSpend, Text(4), r.GetDecimal(8)));
                    break;
                case 3:
                    conversions.Add(new ConversionDay(day, Text(2), Text(3), Text(4), r.GetInt64(5)));
                    break;
                case 4:
                    social.Add(new SocialDay(day, Text(2), Text(3), Text(4), r.GetDecimal(9)));
                    break;
                default:
                    firsts.Add((Text(2), day));
                    break;
            }
        }

        var (time, recurrences, rates, fees, values, currencyRates) = DuckDbCostSetupStore.Split([.. setup.OrderBy(s => s.Order).Select(s => s.Item)]);
        var data = new LedgerData(web, [.. revenue, .. spend], conversions, social, time, recurrences, rates, fees, values, currencyRates);
        return (data, withCoverage ? Coverage(firsts) : null);
    }

    private List<WebDay> ReadWeb(string sql, params object?[] parameters) => db.Query(
        sql,
        r => new WebDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)),
        parameters);

    private List<MoneyDay> ReadRevenue(string sql, params object?[] parameters) => db.Query(
        sql,
        r => new MoneyDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), MoneyKind.Revenue, r.GetString(3), r.GetDecimal(4)),
        parameters);

    private List<ConversionDay> ReadConversions(string sql, params object?[] parameters) => db.Query(
        sql,
        r => new ConversionDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)),
        parameters);

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
