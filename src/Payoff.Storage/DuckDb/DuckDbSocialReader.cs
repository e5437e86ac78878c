using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads <see cref="SocialSums"/> from imported account metrics and posts; see <see cref="SocialReportBuilder"/> for the rules.</summary>
public sealed class DuckDbSocialReader(DuckDbDatabase db) : ISocialReader
{
    private static readonly string[] PostMetrics = ["impressions", "views", "reach", "likes", "comments", "shares", "saves", "clicks"];

    /// <summary>
    /// The sums of each group in <paramref name="range"/> (months cut in the workspace's time zone): every month in one
    /// statement of three parts — the account metrics' sums, the follower counts at each month's end and the day before it
    /// starts, and the posts' sums — each joined to the months' bounds, not a round of statements per month.
    /// </summary>
    internal IReadOnlyList<SocialSums> Read(Workspace workspace, DateRange range, SocialGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        if (grouping != SocialGrouping.Month)
        {
            return ReadBuckets(workspace, [(range.From, range.To, null)], grouping == SocialGrouping.Account);
        }

        var buckets = new List<(DateOnly From, DateOnly To, DateOnly? Month)>();
        for (var month = new DateOnly(range.From.Year, range.From.Month, 1); month <= range.To; month = month.AddMonths(1))
        {
            var from = month < range.From ? range.From : month;
            var to = month.AddMonths(1).AddDays(-1) > range.To ? range.To : month.AddMonths(1).AddDays(-1);
            buckets.Add((from, to, month));
        }

        return ReadBuckets(workspace, buckets, byAccount: false);
    }

    private List<SocialSums> ReadBuckets(Workspace workspace, IReadOnlyList<(DateOnly From, DateOnly To, DateOnly? Month)> buckets, bool byAccount)
    {
        var account = byAccount ? "account" : "''";
        var daily = new Dictionary<(int, string, string), Dictionary<string, decimal>>();
        var posts = new Dictionary<(int, string, string), Dictionary<string, decimal>>();
        var counts = new Dictionary<(int, string, string), long>();
        var end = new Dictionary<(int, string, string), decimal>();
        var before = new Dictionary<(int, string, string), decimal>();

        // $1 the workspace, then each bucket's number and bounds: the three lists of buckets numbered on from one another.
        var parameters = new List<object?> { workspace.Id };
        string Bounds<T>(IEnumerable<(int Key, T[] Bounds)> rows, string type)
        {
            var values = new List<string>();
            foreach (var (key, bounds) in rows)
            {
                var casts = new List<string> { $"CAST(${parameters.Count + 1} AS INTEGER)" };
                parameters.Add(key);
                foreach (var bound in bounds)
                {
                    casts.Add($"CAST(${parameters.Count + 1} AS {type})");
                    parameters.Add(bound);
                }

                values.Add($"({string.Join(", ", casts)})");
            }

            return string.Join(", ", values);
        }

        var days = Bounds(buckets.Select((b, i) => (i, new[] { Day(b.From), Day(b.To) })), "DATE");

        // Each bucket's follower count at its last day (2k) and on the day before its first (2k + 1).
        var bounds = Bounds(buckets.SelectMany((b, i) => new[] { (2 * i, new[] { Day(b.To) }), ((2 * i) + 1, new[] { Day(b.From.AddDays(-1)) }) }), "DATE");
        var times = Bounds(buckets.Select((b, i) =>
        {
            var (start, stop) = workspace.Calendar.Range(b.From, b.To);
            return (i, new[] { start, stop });
        }), "TIMESTAMP");
        var sums = string.Join(", ", PostMetrics.Select(m => $"sum({m})::DECIMAL(38,4)"));
        var none = string.Join(", ", PostMetrics.Select(_ => "NULL"));

        // One statement, column 0 saying which rows: 0 the account metrics' sums (metric, sum), 1 the follower counts
        // (column 6), 2 the posts' count and sums (columns 7 onwards).
        Each(
            $"""
            WITH b(k, f, t) AS (VALUES {days}), fb(k, bound) AS (VALUES {bounds}), pb(k, s, e) AS (VALUES {times})
            SELECT 0, b.k, network, {account}, metric, sum(value), NULL::DECIMAL(38,4), NULL::BIGINT, {none} FROM account_metrics a JOIN b ON a.day >= b.f AND a.day <= b.t
            WHERE workspace_id = $1 AND metric <> 'followers' GROUP BY ALL
            UNION ALL
            SELECT 1, k, network, {account}, NULL, NULL, sum(last), NULL, {none} FROM (
                SELECT fb.k, network, account, arg_max(value, day) AS last FROM account_metrics a JOIN fb ON a.day <= fb.bound
                WHERE workspace_id = $1 AND metric = 'followers' GROUP BY fb.k, network, account)
            GROUP BY ALL
            UNION ALL
            SELECT 2, pb.k, network, {(byAccount ? "coalesce(account, '')" : "''")}, NULL, NULL, NULL, count(*), {sums} FROM posts p JOIN pb ON p.published_at >= pb.s AND p.published_at < pb.e
            WHERE workspace_id = $1 GROUP BY ALL
            """,
            r =>
            {
                var kind = r.GetInt32(0);
                var k = r.GetInt32(1);
                if (kind == 0)
                {
                    Slot(daily, (k, r.GetString(2), r.GetString(3)))[r.GetString(4)] = r.GetDecimal(5);
                }
                else if (kind == 1)
                {
                    (k % 2 == 0 ? end : before)[(k / 2, r.GetString(2), r.GetString(3))] = r.GetDecimal(6);
                }
                else
                {
                    var key = (k, r.GetString(2), r.GetString(3));
                    counts[key] = r.GetInt64(7);
                    for (var i = 0; i < PostMetrics.Length; i++)
                    {
                        if (!r.IsDBNull(8 + i))
                        {
                            Slot(posts, key)[PostMetrics[i]] = r.GetDecimal(8 + i);
                        }
                    }
                }
            },
            [.. parameters]);

        var keys = daily.Keys.Concat(posts.Keys).Concat(counts.Keys).Concat(end.Keys).Distinct().ToLookup(k => k.Item1);
        return [.. buckets.SelectMany((bucket, i) => keys[i].OrderBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal)
            .Select(k => new SocialSums(
                k.Item2,
                byAccount ? k.Item3 : null,
                bucket.Month,
                daily.GetValueOrDefault(k) ?? [],
                posts.GetValueOrDefault(k) ?? [],
                counts.GetValueOrDefault(k),
                end.TryGetValue(k, out var e) ? e : null,
                before.TryGetValue(k, out var b) ? b : null)))];
    }

    private static Dictionary<string, decimal> Slot(Dictionary<(int, string, string), Dictionary<string, decimal>> map, (int, string, string) key) =>
        map.TryGetValue(key, out var slot) ? slot : map[key] = new Dictionary<string, decimal>(StringComparer.Ordinal);

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private void Each(string sql, Action<DuckDB.NET.Data.DuckDBDataReader> row, params object?[] parameters)
    {
        using var command = db.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <inheritdoc />
    Task<IReadOnlyList<SocialSums>> ISocialReader.ReadAsync(Workspace workspace, DateRange range, SocialGrouping grouping, CancellationToken cancellationToken) => Sync.Run(() => Read(workspace, range, grouping), cancellationToken);
}
