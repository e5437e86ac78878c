using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads <see cref="SocialSums"/> from imported account metrics and posts; see <see cref="SocialReportBuilder"/> for the rules.</summary>
public sealed class DuckDbSocialReader(DuckDbDatabase db) : ISocialReader
{
    private static readonly string[] PostMetrics = ["impressions", "views", "reach", "likes", "comments", "shares", "saves", "clicks"];

    /// <summary>The sums of each group in <paramref name="range"/> (months cut in the workspace's time zone).</summary>
    internal IReadOnlyList<SocialSums> Read(Workspace workspace, DateRange range, SocialGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        if (grouping != SocialGrouping.Month)
        {
            return ReadBucket(workspace, range.From, range.To, grouping == SocialGrouping.Account, null);
        }

        var result = new List<SocialSums>();
        for (var month = new DateOnly(range.From.Year, range.From.Month, 1); month <= range.To; month = month.AddMonths(1))
        {
            var from = month < range.From ? range.From : month;
            var to = month.AddMonths(1).AddDays(-1) > range.To ? range.To : month.AddMonths(1).AddDays(-1);
            result.AddRange(ReadBucket(workspace, from, to, byAccount: false, month));
        }

        return result;
    }

    private List<SocialSums> ReadBucket(Workspace workspace, DateOnly from, DateOnly to, bool byAccount, DateOnly? month)
    {
        var account = byAccount ? "account" : "''";
        var daily = new Dictionary<(string, string), Dictionary<string, decimal>>();
        var posts = new Dictionary<(string, string), Dictionary<string, decimal>>();
        var counts = new Dictionary<(string, string), long>();
        var end = new Dictionary<(string, string), decimal>();
        var before = new Dictionary<(string, string), decimal>();
        Each(
            $"SELECT network, {account}, metric, sum(value) FROM account_metrics WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND metric <> 'followers' GROUP BY ALL",
            r => Slot(daily, (r.GetString(0), r.GetString(1)))[r.GetString(2)] = r.GetDecimal(3),
            workspace.Id,
            Day(from),
            Day(to));
        foreach (var (target, bound) in new[] { (end, Day(to)), (before, Day(from.AddDays(-1))) })
        {
            Each(
                $"""
                SELECT network, {account}, sum(last) FROM (
                    SELECT network, account, arg_max(value, day) AS last FROM account_metrics
                    WHERE workspace_id = $1 AND metric = 'followers' AND day <= $2 GROUP BY network, account)
                GROUP BY ALL
                """,
                r => target[(r.GetString(0), r.GetString(1))] = r.GetDecimal(2),
                workspace.Id,
                bound);
        }

        var (start, stop) = workspace.Calendar.Range(from, to);
        var sums = string.Join(", ", PostMetrics.Select(m => $"sum({m})::DECIMAL(38,4)"));
        Each(
            $"SELECT network, {(byAccount ? "coalesce(account, '')" : "''")}, count(*), {sums} FROM posts WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3 GROUP BY ALL",
            r =>
            {
                var key = (r.GetString(0), r.GetString(1));
                counts[key] = r.GetInt64(2);
                for (var i = 0; i < PostMetrics.Length; i++)
                {
                    if (!r.IsDBNull(3 + i))
                    {
                        Slot(posts, key)[PostMetrics[i]] = r.GetDecimal(3 + i);
                    }
                }
            },
            workspace.Id,
            start,
            stop);

        return daily.Keys.Concat(posts.Keys).Concat(counts.Keys).Concat(end.Keys).Distinct().OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .Select(k => new SocialSums(
                k.Item1,
                byAccount ? k.Item2 : null,
                month,
                daily.GetValueOrDefault(k) ?? [],
                posts.GetValueOrDefault(k) ?? [],
                counts.GetValueOrDefault(k),
                end.TryGetValue(k, out var e) ? e : null,
                before.TryGetValue(k, out var b) ? b : null))
            .ToList();
    }

    private static Dictionary<string, decimal> Slot(Dictionary<(string, string), Dictionary<string, decimal>> map, (string, string) key) =>
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
