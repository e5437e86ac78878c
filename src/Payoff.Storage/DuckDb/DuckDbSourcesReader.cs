using System.Globalization;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Reads the sources sums with one aggregate query: over the daily rollups (<see cref="DuckDbRollups"/>) when every bucket
/// starts and ends at a local midnight of the workspace (days, weeks, months — what the dashboard, the CLI and the API
/// ask for), else over the raw sessions, people and revenue (buckets that cut days). Both give the same figures for the
/// same buckets; <c>RollupPropertyTests</c> holds them to it.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="readRollups">Whether whole-day buckets read the daily rollups (the default) or the raw rows.</param>
public sealed class DuckDbSourcesReader(DuckDbDatabase db, bool readRollups = true) : ISourcesReader
{
    /// <inheritdoc />
    public Task<SourceSums> ReadAsync(
        Workspace workspace,
        IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets,
        SourcesGrouping grouping,
        string? network,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(buckets);
        var rows = new List<(int, SourceKey, SourceCounts)>();
        var unconverted = new List<(int, string, decimal)>();
        var days = readRollups ? WholeDays(workspace.Calendar, buckets) : null;
        var (sql, parameters) = days is null ? Statement(workspace, buckets, grouping, network) : RollupStatement(workspace, days, grouping, network);
        using (var command = db.Command(sql, parameters))
        using (var reader = command.ExecuteReader())
        {
            // Over the rollups (RollupStatement) one statement returns both: the sums per key (column 9 null) and the
            // revenue in other currencies per bucket (column 9 the currency, column 10 its sum).
            while (reader.Read())
            {
                if (days is not null && !reader.IsDBNull(9))
                {
                    unconverted.Add((reader.GetInt32(0), reader.GetString(9), reader.GetDecimal(10)));
                    continue;
                }

                var key = new SourceKey(
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4));
                rows.Add((reader.GetInt32(0), key, new SourceCounts(reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetDecimal(8))));
            }
        }

        if (days is null)
        {
            using var command = db.Command(UnconvertedSql(buckets, network), parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                unconverted.Add((reader.GetInt32(0), reader.GetString(1), reader.GetDecimal(2)));
            }
        }

        unconverted.Sort((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2));
        return Task.FromResult(new SourceSums(rows, unconverted) { Imported = ReadImported(workspace, buckets) });
    }

    /// <summary>
    /// The imported traffic rows touching the buckets' days, and the days with own-tracked sessions
    /// among them (by the sessions' stored local days).
    /// </summary>
    private ImportedTraffic ReadImported(Workspace workspace, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets)
    {
        var calendar = workspace.Calendar;
        var first = buckets.Min(b => calendar.DateOf(b.Start));
        var last = buckets.Max(b => calendar.DateOf(b.End.AddTicks(-1)));
        var rows = new List<Core.Traffic.TrafficRow>();
        using (var command = db.Command(
            "SELECT period_start, period_end, dimension, value, sessions, engaged_sessions, key_events, revenue FROM traffic WHERE workspace_id = $1 AND period_end >= $2 AND period_start <= $3",
            workspace.Id,
            first.ToDateTime(TimeOnly.MinValue),
            last.ToDateTime(TimeOnly.MinValue)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new Core.Traffic.TrafficRow(
                    DateOnly.FromDateTime(reader.GetDateTime(0)),
                    DateOnly.FromDateTime(reader.GetDateTime(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : reader.GetInt64(5),
                    reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                    reader.IsDBNull(7) ? null : reader.GetDecimal(7)));
            }
        }

        if (rows.Count == 0)
        {
            return ImportedTraffic.None;
        }

        var tracked = new HashSet<DateOnly>();
        using (var command = db.Command(
            "SELECT DISTINCT day FROM sessions WHERE workspace_id = $1 AND day >= $2 AND day <= $3",
            workspace.Id,
            rows.Min(r => r.From).ToDateTime(TimeOnly.MinValue),
            rows.Max(r => r.To).ToDateTime(TimeOnly.MinValue)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tracked.Add(DateOnly.FromDateTime(reader.GetDateTime(0)));
            }
        }

        return new ImportedTraffic(rows, tracked);
    }

    /// <summary>
    /// The whole aggregation as one SQL statement and its parameters (also used by the benchmark): $1 the
    /// workspace, $2 its currency, $3 the network filter, $4 the "(not set)" key, then each bucket's number,
    /// start and end. Nothing is written into the SQL as a literal.
    /// </summary>
    public static (string Sql, object?[] Parameters) Statement(Workspace workspace, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets, SourcesGrouping grouping, string? network)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var sessions = Keys("s", grouping);
        var people = Keys("p", grouping);
        var sql = $"""
            WITH buckets(b, s, e) AS (VALUES {Buckets(buckets)}),
            x AS (
                SELECT b.b, {sessions}, count(*) AS sessions, 0 AS contacts, 0 AS customers, 0::DECIMAL(18,4) AS revenue
                FROM sessions s JOIN buckets b ON s.started_at >= b.s AND s.started_at < b.e
                WHERE s.workspace_id = $1{Filter("s", network)}
                GROUP BY ALL
                UNION ALL
                SELECT b.b, {people}, 0, count(*), 0, 0
                FROM people p JOIN buckets b ON p.contact_at >= b.s AND p.contact_at < b.e
                WHERE p.workspace_id = $1{Filter("p", network)}
                GROUP BY ALL
                UNION ALL
                SELECT b.b, {people}, 0, 0, count(*), 0
                FROM people p JOIN buckets b ON p.customer_at >= b.s AND p.customer_at < b.e
                WHERE p.workspace_id = $1{Filter("p", network)}
                GROUP BY ALL
                UNION ALL
                SELECT b.b, {people}, 0, 0, 0, sum(r.amount)
                FROM revenue r
                JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
                JOIN buckets b ON r.occurred_at >= b.s AND r.occurred_at < b.e
                WHERE r.workspace_id = $1 AND r.currency = $2{Filter("p", network)}
                GROUP BY ALL)
            SELECT b, min(k_channel), min(k_network), min(k_campaign), min(k_content),
                   sum(sessions)::BIGINT, sum(contacts)::BIGINT, sum(customers)::BIGINT, sum(revenue)::DECIMAL(18,4)
            FROM x
            GROUP BY b, lower(k_channel), lower(k_network), lower(k_campaign), lower(k_content)
            """;
        return (sql, [workspace.Id, workspace.Currency, network, SourceKey.NotSet, .. buckets.SelectMany((b, i) => new object?[] { i, b.Start, b.End })]);
    }

    /// <summary>
    /// The aggregation over the daily rollups, with the parameters of <see cref="Statement"/> except that each bucket is
    /// its number, first day and the day after its last (public for the benchmark's baseline over the rollups). One scan
    /// gives both groupings the report needs (SQL <c>GROUPING SETS</c>): rows with column 9 null are the sums per bucket and
    /// key in the workspace's currency, as <see cref="Statement"/> returns them; rows with column 9 set are the revenue in
    /// that other currency per bucket (column 10), which the report shows apart, unconverted. A key's spelling is taken from
    /// its rows in the workspace's currency only, as <see cref="Statement"/> takes it.
    /// </summary>
    public static (string Sql, object?[] Parameters) RollupStatement(Workspace workspace, IReadOnlyList<(DateOnly From, DateOnly Until)> days, SourcesGrouping grouping, string? network)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var sql = $"""
            WITH buckets(b, s, e) AS (VALUES {DayBuckets(days)})
            SELECT b, min(k_channel) FILTER (WHERE other IS NULL), min(k_network) FILTER (WHERE other IS NULL),
                   min(k_campaign) FILTER (WHERE other IS NULL), min(k_content) FILTER (WHERE other IS NULL),
                   sum(sessions)::BIGINT, sum(contacts)::BIGINT, sum(customers)::BIGINT, sum(revenue)::DECIMAL(18,4),
                   other, sum(other_amount)::DECIMAL(18,4)
            FROM (
                SELECT b.b, {Keys("r", grouping)},
                       CASE WHEN r.measure = 'sessions' THEN r.count ELSE 0 END AS sessions,
                       CASE WHEN r.measure = 'contacts' THEN r.count ELSE 0 END AS contacts,
                       CASE WHEN r.measure = 'customers' THEN r.count ELSE 0 END AS customers,
                       CASE WHEN r.measure = 'revenue' AND r.currency = $2 THEN r.amount ELSE 0 END AS revenue,
                       CASE WHEN r.measure = 'revenue' AND r.currency <> $2 THEN r.currency END AS other,
                       CASE WHEN r.measure = 'revenue' AND r.currency <> $2 THEN r.amount END AS other_amount
                FROM daily_rollups r JOIN buckets b ON r.day >= b.s AND r.day < b.e
                WHERE r.workspace_id = $1 AND r.measure IN ('sessions', 'contacts', 'customers', 'revenue'){Filter("r", network)})
            GROUP BY GROUPING SETS ((b, lower(k_channel), lower(k_network), lower(k_campaign), lower(k_content)), (b, other))
            HAVING CASE WHEN grouping(other) = 1 THEN count(*) FILTER (WHERE other IS NULL) > 0 ELSE other IS NOT NULL END
            """;
        return (sql, [workspace.Id, workspace.Currency, network, SourceKey.NotSet, .. days.SelectMany((d, i) => new object?[] { i, d.From.ToDateTime(TimeOnly.MinValue), d.Until.ToDateTime(TimeOnly.MinValue) })]);
    }

    /// <summary>Each bucket as its first local day and the day after its last, or null when a bucket starts or ends inside a day.</summary>
    internal static List<(DateOnly From, DateOnly Until)>? WholeDays(WorkspaceCalendar calendar, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets)
    {
        if (buckets.Count == 0)
        {
            return null;
        }

        var days = new List<(DateOnly, DateOnly)>(buckets.Count);
        foreach (var (start, end) in buckets)
        {
            var from = calendar.DateOf(start);
            var until = calendar.DateOf(end);
            if (calendar.StartOfDay(from) != start || calendar.StartOfDay(until) != end)
            {
                return null;
            }

            days.Add((from, until));
        }

        return days;
    }

    /// <summary>The day buckets as a VALUES list of parameters, numbered as in <see cref="Buckets"/>.</summary>
    private static string DayBuckets(IReadOnlyList<(DateOnly From, DateOnly Until)> days) =>
        string.Join(", ", Enumerable.Range(0, days.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"(CAST(${5 + (3 * i)} AS INTEGER), CAST(${6 + (3 * i)} AS DATE), CAST(${7 + (3 * i)} AS DATE))")));

    private static string UnconvertedSql(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets, string? network) => $"""
        WITH buckets(b, s, e) AS (VALUES {Buckets(buckets)})
        SELECT b.b, r.currency, sum(r.amount)::DECIMAL(18,4)
        FROM revenue r
        JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
        JOIN buckets b ON r.occurred_at >= b.s AND r.occurred_at < b.e
        WHERE r.workspace_id = $1 AND r.currency <> $2{Filter("p", network)}
        GROUP BY ALL
        ORDER BY 1, 2
        """;

    private static string Keys(string t, SourcesGrouping grouping)
    {
        var label = $"coalesce({t}.network, {t}.channel)";
        var campaign = $"coalesce({t}.campaign, $4)";
        var content = $"coalesce({t}.content, $4)";
        return grouping switch
        {
            SourcesGrouping.Channel => $"{t}.channel AS k_channel, NULL::VARCHAR AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content",
            SourcesGrouping.Network => $"NULL::VARCHAR AS k_channel, {label} AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content",
            SourcesGrouping.Campaign => $"NULL::VARCHAR AS k_channel, {label} AS k_network, {campaign} AS k_campaign, NULL::VARCHAR AS k_content",
            _ => $"NULL::VARCHAR AS k_channel, {label} AS k_network, {campaign} AS k_campaign, {content} AS k_content",
        };
    }

    private static string Filter(string t, string? network) =>
        network is null ? string.Empty : $" AND lower(coalesce({t}.network, {t}.channel)) = lower($3)";

    /// <summary>The buckets as a VALUES list of parameters: bucket i is ($5 + 3i, $6 + 3i, $7 + 3i) — its number, start and end.</summary>
    private static string Buckets(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets)
    {
        if (buckets.Count == 0)
        {
            throw new ArgumentException("At least one bucket is needed.", nameof(buckets));
        }

        return string.Join(", ", Enumerable.Range(0, buckets.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"(CAST(${5 + (3 * i)} AS INTEGER), CAST(${6 + (3 * i)} AS TIMESTAMP), CAST(${7 + (3 * i)} AS TIMESTAMP))")));
    }
}
