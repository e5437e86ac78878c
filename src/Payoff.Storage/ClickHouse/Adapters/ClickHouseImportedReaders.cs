using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>Imported ad spend per network, campaign or month, in the embedded store's order.</summary>
internal sealed class ClickHouseCostsReader(ClickHouseDatabase db, ClickHouseEvents events) : ICostsReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CostsRow>> ReadAsync(Workspace workspace, DateRange range, CostsGrouping grouping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (campaign, month) = grouping switch
        {
            CostsGrouping.Campaign => ("if(campaign = '', '(not set)', campaign)", "NULL"),
            CostsGrouping.Month => ("NULL", "toStartOfMonth(day)"),
            _ => ("NULL", "NULL"),
        };
        var rows = await ClickHouseImportStore.Costs(db).ReadAsync(
            workspace,
            await events.UndoneImportsAsync(workspace).ConfigureAwait(false),
            $"""
            SELECT network, {campaign} AS k_campaign, {month} AS k_month, sum(amount), currency,
                   if(count(impressions) = 0, NULL, sum(impressions)), if(count(clicks) = 0, NULL, sum(clicks))
            FROM {ReplacingTable.CurrentRows}
            WHERE day >= $2 AND day <= $3
            GROUP BY network, k_campaign, k_month, currency
            """,
            range.From,
            range.To).ConfigureAwait(false);
        return rows
            .Select(r => new CostsRow(r[0], r[1], ClickHouseDatabase.DayOrNull(r[2]), ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(r[3])), r[4]!, ClickHouseDatabase.NumberOrNull(r[5]), ClickHouseDatabase.NumberOrNull(r[6])))
            .OrderBy(r => r.Currency, StringComparer.Ordinal)
            .ThenBy(r => r.Month.HasValue)
            .ThenBy(r => r.Month)
            .ThenByDescending(r => r.AdSpend)
            .ThenBy(r => r.Network, StringComparer.Ordinal)
            .ThenBy(r => r.Campaign is null)
            .ThenBy(r => r.Campaign, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Imported account metrics, follower counts and post sums per network (or account) and month.</summary>
internal sealed class ClickHouseSocialReader(ClickHouseDatabase db, ClickHouseEvents events) : ISocialReader
{
    private static readonly string[] PostMetrics = ["impressions", "views", "reach", "likes", "comments", "shares", "saves", "clicks"];

    /// <inheritdoc />
    public async Task<IReadOnlyList<SocialSums>> ReadAsync(Workspace workspace, DateRange range, SocialGrouping grouping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        if (grouping != SocialGrouping.Month)
        {
            return await ReadBucketsAsync(workspace, [(range.From, range.To, null)], grouping == SocialGrouping.Account).ConfigureAwait(false);
        }

        var buckets = new List<(DateOnly From, DateOnly To, DateOnly? Month)>();
        for (var month = new DateOnly(range.From.Year, range.From.Month, 1); month <= range.To; month = month.AddMonths(1))
        {
            var from = month < range.From ? range.From : month;
            var to = month.AddMonths(1).AddDays(-1) > range.To ? range.To : month.AddMonths(1).AddDays(-1);
            buckets.Add((from, to, month));
        }

        return await ReadBucketsAsync(workspace, buckets, byAccount: false).ConfigureAwait(false);
    }

    private async Task<List<SocialSums>> ReadBucketsAsync(Workspace workspace, List<(DateOnly From, DateOnly To, DateOnly? Month)> buckets, bool byAccount)
    {
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        var account = byAccount ? "account" : "''";
        var indexes = Enumerable.Range(1, buckets.Count).ToList();
        var daily = new Dictionary<(int, string, string), Dictionary<string, decimal>>();
        var posts = new Dictionary<(int, string, string), Dictionary<string, decimal>>();
        var counts = new Dictionary<(int, string, string), long>();
        var end = new Dictionary<(int, string, string), decimal>();
        var before = new Dictionary<(int, string, string), decimal>();
        var metrics = ClickHouseImportStore.Metrics(db);
        foreach (var r in await metrics.ReadAsync(
            workspace,
            undone,
            $"""
            SELECT b, network, {account} AS k_account, metric, sum(value) FROM {ReplacingTable.CurrentRows}
            ARRAY JOIN arrayFilter(i -> day >= $2[i] AND day <= $3[i], $4) AS b
            WHERE metric != 'followers' AND day >= $5
            GROUP BY b, network, k_account, metric
            """,
            buckets.Select(b => b.From).ToList(),
            buckets.Select(b => b.To).ToList(),
            indexes,
            buckets.Min(b => b.From)).ConfigureAwait(false))
        {
            Slot(daily, ((int)ClickHouseDatabase.Number(r[0]) - 1, r[1]!, r[2]!))[r[3]!] = ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(r[4]));
        }

        // Each bucket's follower count on its last day and on the day before its first: the latest value of each account on
        // or before the bound, summed.
        var bounds = buckets.SelectMany(b => new[] { b.To, b.From.AddDays(-1) }).ToList();
        foreach (var r in await metrics.ReadAsync(
            workspace,
            undone,
            $"""
            SELECT k, network, {account} AS k_account, sum(last) FROM (
                SELECT k, network, account, argMax(value, day) AS last FROM {ReplacingTable.CurrentRows}
                ARRAY JOIN arrayFilter(i -> day <= $2[i], $3) AS k
                WHERE metric = 'followers' AND day <= $4
                GROUP BY k, network, account)
            GROUP BY k, network, k_account
            """,
            bounds,
            Enumerable.Range(1, bounds.Count).ToList(),
            bounds.Max()).ConfigureAwait(false))
        {
            var k = (int)ClickHouseDatabase.Number(r[0]) - 1;
            (k % 2 == 0 ? end : before)[(k / 2, r[1]!, r[2]!)] = ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(r[3]));
        }

        var sums = string.Join(", ", PostMetrics.Select(m => $"if(count({m}) = 0, NULL, toDecimal128(sum({m}), 4))"));
        foreach (var r in await ClickHouseImportStore.Posts(db).ReadAsync(
            workspace,
            undone,
            $"""
            SELECT b, network, {(byAccount ? "ifNull(account, '')" : "''")} AS k_account, count(), {sums} FROM {ReplacingTable.CurrentRows}
            ARRAY JOIN arrayFilter(i -> assumeNotNull(published_at) >= $2[i] AND assumeNotNull(published_at) < $3[i], $4) AS b
            WHERE published_at >= $5
            GROUP BY b, network, k_account
            """,
            buckets.Select(b => ClickHouseDatabase.Micros(workspace.Calendar.Range(b.From, b.To).Start)).ToList(),
            buckets.Select(b => ClickHouseDatabase.Micros(workspace.Calendar.Range(b.From, b.To).End)).ToList(),
            indexes,
            buckets.Min(b => ClickHouseDatabase.Micros(workspace.Calendar.Range(b.From, b.To).Start))).ConfigureAwait(false))
        {
            var key = ((int)ClickHouseDatabase.Number(r[0]) - 1, r[1]!, r[2]!);
            counts[key] = ClickHouseDatabase.Number(r[3]);
            for (var i = 0; i < PostMetrics.Length; i++)
            {
                if (r[4 + i] is { } value)
                {
                    Slot(posts, key)[PostMetrics[i]] = ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(value));
                }
            }
        }

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
}

/// <summary>The network names a workspace's sessions, imported costs, metrics and posts, and logged time hold.</summary>
internal sealed class ClickHouseNetworkNames(ClickHouseDatabase db, ClickHouseEvents events) : Payoff.Core.Reporting.INetworkNamesReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ReadAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in await db.RowsAsync(
            """
            SELECT DISTINCT network FROM (
                SELECT network FROM (SELECT network, deleted FROM sessions FINAL WHERE workspace_id = $1) WHERE deleted = 0
                UNION ALL SELECT network FROM (SELECT network, deleted FROM time_entries FINAL WHERE workspace_id = $1) WHERE deleted = 0
                UNION ALL SELECT network FROM (SELECT network, deleted FROM time_recurrences FINAL WHERE workspace_id = $1) WHERE deleted = 0)
            WHERE network IS NOT NULL
            """,
            workspace.Id).ConfigureAwait(false))
        {
            names.Add(r[0]!);
        }

        foreach (var table in ClickHouseImportStore.Networked(db))
        {
            foreach (var r in await table.ReadAsync(workspace, undone, $"SELECT DISTINCT network FROM {ReplacingTable.CurrentRows}").ConfigureAwait(false))
            {
                names.Add(r[0]!);
            }
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }
}
