using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Sessions, contacts, customers and revenue per bucket and source key, as the embedded store sums them: buckets of whole
/// local days read the daily rollups; other buckets read sessions, people and revenue. ClickHouse sums per stored key and
/// bucket (a row counts in every bucket it falls in); the keys are then grouped case-insensitively here, each shown as the
/// smallest (ordinal) of its spellings, as the embedded store's <c>GROUP BY lower(…)</c> with <c>min(…)</c> does.
/// </summary>
internal sealed class ClickHouseSourcesReader(ClickHouseDatabase db, ClickHouseEvents events) : ISourcesReader
{
    /// <inheritdoc />
    public async Task<SourceSums> ReadAsync(
        Workspace workspace,
        IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets,
        SourcesGrouping grouping,
        string? network,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(buckets);
        if (buckets.Count == 0)
        {
            throw new ArgumentException("At least one bucket is needed.", nameof(buckets));
        }

        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var days = DuckDb.DuckDbSourcesReader.WholeDays(workspace.Calendar, buckets);
        var raw = days is null ? await RawAsync(workspace, buckets, generation).ConfigureAwait(false) : await RollupsAsync(workspace, days, generation).ConfigureAwait(false);
        var rows = new List<(int, SourceKey, SourceCounts)>();
        var unconverted = new List<(int, string, decimal)>();
        foreach (var bucket in raw.Where(r => Matches(r, network)).GroupBy(r => r.Bucket).OrderBy(g => g.Key))
        {
            unconverted.AddRange(bucket.Where(r => r.Measure == "revenue" && r.Currency != workspace.Currency)
                .GroupBy(r => r.Currency, StringComparer.Ordinal)
                .Select(g => (bucket.Key, g.Key, g.Sum(r => r.Amount))));
            foreach (var key in bucket.Where(r => r.Measure != "revenue" || r.Currency == workspace.Currency).GroupBy(r => Lower(Key(r, grouping))))
            {
                var shown = new SourceKey(
                    Smallest(key.Select(r => Key(r, grouping).Channel)),
                    Smallest(key.Select(r => Key(r, grouping).Network)),
                    Smallest(key.Select(r => Key(r, grouping).Campaign)),
                    Smallest(key.Select(r => Key(r, grouping).Content)));
                rows.Add((bucket.Key, shown, new SourceCounts(
                    key.Where(r => r.Measure == "sessions").Sum(r => r.Count),
                    key.Where(r => r.Measure == "contacts").Sum(r => r.Count),
                    key.Where(r => r.Measure == "customers").Sum(r => r.Count),
                    key.Where(r => r.Measure == "revenue").Aggregate(0.0000m, (sum, r) => sum + r.Amount))));
            }
        }

        unconverted.Sort((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2));
        return new SourceSums(rows, unconverted) { Imported = await ImportedAsync(workspace, buckets).ConfigureAwait(false) };
    }

    /// <summary>One summed row: a bucket, a measure, a stored source key and currency, and its count and amount.</summary>
    private sealed record Sum(int Bucket, string Measure, string? Channel, string? Network, string? Campaign, string? Content, string Currency, long Count, decimal Amount);

    private async Task<List<Sum>> RollupsAsync(Workspace workspace, List<(DateOnly From, DateOnly Until)> days, long generation)
    {
        var rows = await db.RowsAsync(
            """
            SELECT b, measure, channel, network, campaign, content, currency, sum(count), sum(amount)
            FROM daily_rollups
            ARRAY JOIN arrayFilter(i -> day >= $2[i] AND day < $3[i], $4) AS b
            WHERE workspace_id = $1 AND day >= $5 AND day < $6
              AND ((measure = 'sessions' AND generation = 0) OR (measure IN ('contacts', 'customers', 'revenue') AND generation = $7))
            GROUP BY b, measure, channel, network, campaign, content, currency
            HAVING sum(count) != 0 OR sum(amount) != 0
            """,
            workspace.Id,
            days.Select(d => d.From).ToList(),
            days.Select(d => d.Until).ToList(),
            Enumerable.Range(1, days.Count).ToList(),
            days.Min(d => d.From),
            days.Max(d => d.Until),
            generation).ConfigureAwait(false);
        return rows.Select(r => new Sum(
            (int)ClickHouseDatabase.Number(r[0]) - 1,
            r[1]!,
            ClickHouseEvents.Unkey(r[2]),
            ClickHouseEvents.Unkey(r[3]),
            ClickHouseEvents.Unkey(r[4]),
            ClickHouseEvents.Unkey(r[5]),
            r[6]!,
            ClickHouseDatabase.Number(r[7]),
            ClickHouseDatabase.Exact(r[8]))).ToList();
    }

    // Buckets that are not whole local days: the sessions, people and revenue themselves.
    private async Task<List<Sum>> RawAsync(Workspace workspace, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets, long generation)
    {
        var starts = buckets.Select(b => ClickHouseDatabase.Micros(b.Start)).ToList();
        var ends = buckets.Select(b => ClickHouseDatabase.Micros(b.End)).ToList();
        var indexes = Enumerable.Range(1, buckets.Count).ToList();
        var (first, last) = (buckets.Min(b => b.Start), buckets.Max(b => b.End));
        var sums = new List<Sum>();
        var sessions = await db.RowsAsync(
            """
            SELECT b, channel, network, campaign, content, count()
            FROM (
                SELECT channel, network, campaign, content, toInt64(toUInt32(started_at)) * 1000000 + started_us AS at
                FROM (SELECT * FROM sessions FINAL WHERE workspace_id = $1 AND started_at >= $5 AND started_at <= $6)
                WHERE deleted = 0)
            ARRAY JOIN arrayFilter(i -> at >= $2[i] AND at < $3[i], $4) AS b
            WHERE at >= $7
            GROUP BY b, channel, network, campaign, content
            """,
            workspace.Id, starts, ends, indexes, first, last, starts.Min()).ConfigureAwait(false);
        sums.AddRange(sessions.Select(r => new Sum((int)ClickHouseDatabase.Number(r[0]) - 1, "sessions", r[1], r[2], r[3], r[4], string.Empty, ClickHouseDatabase.Number(r[5]), 0m)));
        foreach (var (measure, column) in new[] { ("contacts", "contact_at"), ("customers", "customer_at") })
        {
            var people = await db.RowsAsync(
                $"""
                SELECT b, channel, network, campaign, content, count()
                FROM people
                ARRAY JOIN arrayFilter(i -> assumeNotNull({column}) >= $2[i] AND assumeNotNull({column}) < $3[i], $4) AS b
                WHERE workspace_id = $1 AND generation = $5 AND {column} >= $6
                GROUP BY b, channel, network, campaign, content
                """,
                workspace.Id, starts, ends, indexes, generation, starts.Min()).ConfigureAwait(false);
            sums.AddRange(people.Select(r => new Sum((int)ClickHouseDatabase.Number(r[0]) - 1, measure, r[1], r[2], r[3], r[4], string.Empty, ClickHouseDatabase.Number(r[5]), 0m)));
        }

        var revenue = await db.RowsAsync(
            """
            SELECT b, p.channel, p.network, p.campaign, p.content, r.currency, count(), sum(r.amount)
            FROM (SELECT person_key, occurred_at, amount, currency FROM revenue WHERE workspace_id = $1 AND generation = $5) AS r
            ANY INNER JOIN (SELECT person_key, channel, network, campaign, content FROM people WHERE workspace_id = $1 AND generation = $5) AS p USING person_key
            ARRAY JOIN arrayFilter(i -> occurred_at >= $2[i] AND occurred_at < $3[i], $4) AS b
            WHERE occurred_at >= $6
            GROUP BY b, p.channel, p.network, p.campaign, p.content, r.currency
            """,
            workspace.Id, starts, ends, indexes, generation, starts.Min()).ConfigureAwait(false);
        sums.AddRange(revenue.Select(r => new Sum((int)ClickHouseDatabase.Number(r[0]) - 1, "revenue", r[1], r[2], r[3], r[4], r[5]!, ClickHouseDatabase.Number(r[6]), ClickHouseDatabase.Exact(r[7]))));
        return sums;
    }

    private async Task<ImportedTraffic> ImportedAsync(Workspace workspace, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets)
    {
        var calendar = workspace.Calendar;
        var first = buckets.Min(b => calendar.DateOf(b.Start));
        var last = buckets.Max(b => calendar.DateOf(b.End.AddTicks(-1)));
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        var rows = (await ClickHouseImportStore.Traffic(db).ReadAsync(
            workspace,
            undone,
            "SELECT period_start, period_end, dimension, value, sessions, engaged_sessions, key_events, revenue FROM {current} WHERE period_end >= $2 AND period_start <= $3",
            first,
            last).ConfigureAwait(false))
            .Select(r => new Core.Traffic.TrafficRow(
                ClickHouseDatabase.Day(r[0]),
                ClickHouseDatabase.Day(r[1]),
                r[2]!,
                r[3]!,
                ClickHouseDatabase.Number(r[4]),
                ClickHouseDatabase.NumberOrNull(r[5]),
                ClickHouseDatabase.ExactOrNull(r[6]),
                ClickHouseDatabase.ExactOrNull(r[7])))
            .ToList();
        if (rows.Count == 0)
        {
            return ImportedTraffic.None;
        }

        var tracked = (await db.RowsAsync(
            "SELECT day FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' AND day >= $2 AND day <= $3 GROUP BY day HAVING sum(count) > 0",
            workspace.Id,
            rows.Min(r => r.From),
            rows.Max(r => r.To)).ConfigureAwait(false)).Select(r => ClickHouseDatabase.Day(r[0])).ToHashSet();
        return new ImportedTraffic(rows, tracked);
    }

    private static bool Matches(Sum row, string? network) =>
        network is null || string.Equals((row.Network ?? row.Channel)?.ToLowerInvariant(), network.ToLowerInvariant(), StringComparison.Ordinal);

    private static SourceKey Key(Sum r, SourcesGrouping grouping)
    {
        var label = r.Network ?? r.Channel;
        return grouping switch
        {
            SourcesGrouping.Channel => new SourceKey(r.Channel, null, null, null),
            SourcesGrouping.Network => new SourceKey(null, label, null, null),
            SourcesGrouping.Campaign => new SourceKey(null, label, r.Campaign ?? SourceKey.NotSet, null),
            _ => new SourceKey(null, label, r.Campaign ?? SourceKey.NotSet, r.Content ?? SourceKey.NotSet),
        };
    }

    private static SourceKey Lower(SourceKey k) => new(k.Channel?.ToLowerInvariant(), k.Network?.ToLowerInvariant(), k.Campaign?.ToLowerInvariant(), k.Content?.ToLowerInvariant());

    private static string? Smallest(IEnumerable<string?> values) => values.Where(v => v is not null).Order(StringComparer.Ordinal).FirstOrDefault();
}
