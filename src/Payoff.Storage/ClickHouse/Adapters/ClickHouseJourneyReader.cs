using Payoff.Core.Attribution;
using Payoff.Core.Channels;
using Payoff.Core.Contacts;
using Payoff.Core.Journeys;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Journeys for attribution, built in C# from streamed rows by the embedded store's rules: each conversion's sessions (of
/// every visitor stitched to its person) within the lookback window, tracked link clicks as touches unless their own session
/// is one, ordered by days before the conversion; and each non-converting person's sessions in the range as a null path.
/// </summary>
internal sealed class ClickHouseJourneyReader(ClickHouseDatabase db, ClickHouseEvents events) : IJourneyReader
{
    /// <inheritdoc />
    public async Task<bool> HasEventsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return await db.ScalarAsync("SELECT count() FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' HAVING sum(count) > 0", workspace.Id).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Journey>> ReadPathsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await ClickHouseImportStore.Journeys(db).ReadAsync(
            workspace,
            await events.UndoneImportsAsync(workspace).ConfigureAwait(false),
            $"SELECT path, conversions, value, nulls FROM {ReplacingTable.CurrentRows} ORDER BY line").ConfigureAwait(false))
            .Select(r => new Journey(JourneyPath.ParseChannels(r[0]!), ClickHouseDatabase.Number(r[1]), ClickHouseDatabase.Exact(r[2]), ClickHouseDatabase.Number(r[3])))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<string?> ConversionErrorAsync(Workspace workspace, string conversion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.ToLowerInvariant() is "lead" or "customer")
        {
            return null;
        }

        var names = (await db.RowsAsync(
            "SELECT DISTINCT name FROM conversions WHERE workspace_id = $1 AND generation = $2 AND name IS NOT NULL",
            workspace.Id,
            await events.GenerationAsync(workspace, "people").ConfigureAwait(false)).ConfigureAwait(false))
            .Where(r => r[0]!.Trim(' ').Length > 0)
            .Select(r => r[0]!.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        return names.Contains(conversion.ToLowerInvariant(), StringComparer.Ordinal)
            ? null
            : $"Unknown conversion '{conversion}': known are {string.Join(", ", ["lead", "customer", .. names])}.";
    }

    /// <inheritdoc />
    public async Task<JourneySet> ReadEventsAsync(Workspace workspace, JourneyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        var (lo, hi) = workspace.Calendar.Range(query.Range.From, query.Range.To);
        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var stitched = new List<Core.Events.TrackedEvent>();
        await foreach (var (e, _) in events.ReadAsync(workspace, "contact_id IS NOT NULL AND visitor_id != ''").ConfigureAwait(false))
        {
            stitched.Add(e);
        }

        var stitch = IdentityStitcher.ContactOfVisitor(stitched);
        var visitorsOf = stitch.ToLookup(s => s.Value, s => s.Key, StringComparer.Ordinal);
        var conversions = (await ConversionsAsync(workspace, query, generation, lo, hi).ConfigureAwait(false))
            .OrderBy(c => c.At).ThenBy(c => c.Person, StringComparer.Ordinal).ThenBy(c => c.Value)
            .ToList();

        IEnumerable<string> Visitors(string person) =>
            person.StartsWith(IdentityStitcher.AnonymousPrefix, StringComparison.Ordinal)
                ? [person[IdentityStitcher.AnonymousPrefix.Length..]]
                : visitorsOf[person];

        var converting = conversions.SelectMany(c => Visitors(c.Person)).ToHashSet(StringComparer.Ordinal);
        var sessions = (converting.Count == 0 ? [] : await events.StoredSessionsAsync(workspace, converting).ConfigureAwait(false)).Select(s => s.Session).ToLookup(s => s.VisitorId, StringComparer.Ordinal);
        var clicks = (converting.Count == 0 ? [] : await ClicksAsync(workspace, converting, query.By).ConfigureAwait(false)).ToLookup(c => c.Visitor, StringComparer.Ordinal);
        var lookback = TimeSpan.FromDays(query.LookbackDays);
        var journeys = new List<Journey>(conversions.Count);
        foreach (var c in conversions)
        {
            var visitors = Visitors(c.Person).ToList();
            var touches = visitors.SelectMany(v => sessions[v])
                .Where(s => s.Start <= c.At && s.Start >= c.At - lookback)
                .OrderBy(s => s.Start).ThenBy(s => Key(s.Source, query.By), StringComparer.Ordinal)
                .Select(s => (Key: Key(s.Source, query.By), Days: DaysBetween(s.Start, c.At)))
                .ToList();
            foreach (var click in visitors.SelectMany(v => clicks[v]).Where(k => k.At <= c.At && k.At >= c.At - lookback))
            {
                var days = DaysBetween(click.At, c.At);
                if (!touches.Any(t => t.Key == click.Key && days - t.Days is >= 0 and <= ThirtyMinutes))
                {
                    touches.Add((click.Key, days));
                }
            }

            if (touches.Count > 0)
            {
                var ordered = touches.OrderByDescending(t => t.Days).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
                journeys.Add(new Journey([.. ordered.Select(t => t.Key)], 1, c.Value, 0, [.. ordered.Select(t => t.Days)]));
            }
        }

        var untouched = conversions.Count - journeys.Count;
        var convertingPeople = (await ConvertingPeopleAsync(workspace, query, generation, lo, hi).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var paths = new SortedDictionary<string, List<(DateTimeOffset Start, string Key)>>(StringComparer.Ordinal);
        var sql = """
            SELECT visitor_id, started_at, started_us, channel, network, campaign
            FROM (SELECT * FROM sessions FINAL WHERE workspace_id = $1 AND started_at >= $2 AND started_at <= $3)
            WHERE deleted = 0
            """;
        await foreach (var r in db.State.QueryAsync(ClickHouseSql.Bind(sql, workspace.Id, lo, hi), cancellationToken).ConfigureAwait(false))
        {
            var start = ClickHouseEvents.Instant(r[1], r[2]);
            if (start < lo || start >= hi)
            {
                continue;
            }

            var person = stitch.TryGetValue(r[0]!, out var contact) ? contact : IdentityStitcher.AnonymousPrefix + r[0];
            if (convertingPeople.Contains(person))
            {
                continue;
            }

            if (!paths.TryGetValue(person, out var path))
            {
                paths[person] = path = [];
            }

            path.Add((start, Key(new TrafficSource(r[3]!, r[4], string.Empty, string.Empty, r[5], null, null, null), query.By)));
        }

        var nulls = paths.Values.Select(p => new Journey([.. p.OrderBy(s => s.Start).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key)], 0, 0, 1));
        return new JourneySet([.. journeys, .. nulls], untouched);
    }

    private const double ThirtyMinutes = 30.0 / 1440;

    // (conv_at − started_at) in days as the embedded store computes it: each instant's epoch seconds as a double, then the difference.
    private static double DaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        (ClickHouseDatabase.Micros(to) / 1_000_000.0 - ClickHouseDatabase.Micros(from) / 1_000_000.0) / 86400.0;

    private static string Key(TrafficSource source, string by) => by switch
    {
        "channel" => source.Channel,
        "campaign" => $"{source.Network ?? source.Channel} / {source.Campaign ?? "(not set)"}",
        _ => source.Network ?? source.Channel,
    };

    private async Task<List<(string Person, DateTimeOffset At, decimal Value)>> ConversionsAsync(Workspace workspace, JourneyQuery query, long generation, DateTimeOffset lo, DateTimeOffset hi)
    {
        var (from, to) = (ClickHouseDatabase.Micros(lo), ClickHouseDatabase.Micros(hi));
        switch (query.Conversion.ToLowerInvariant())
        {
            case "lead":
                return (await db.RowsAsync(
                    "SELECT person_key, contact_at FROM people WHERE workspace_id = $1 AND generation = $2 AND contact_at >= $3 AND contact_at < $4",
                    workspace.Id, generation, from, to).ConfigureAwait(false))
                    .Select(r => (r[0]!, ClickHouseDatabase.Instant(r[1]), 0.0000m)).ToList();
            case "customer":
                var revenue = (await db.RowsAsync(
                    "SELECT person_key, sum(amount) FROM revenue WHERE workspace_id = $1 AND generation = $2 AND currency = $3 AND occurred_at >= $4 AND occurred_at < $5 GROUP BY person_key",
                    workspace.Id, generation, workspace.Currency, from, to).ConfigureAwait(false))
                    .ToDictionary(r => r[0]!, r => ClickHouseDatabase.Exact(r[1]), StringComparer.Ordinal);
                return (await db.RowsAsync(
                    "SELECT person_key, customer_at FROM people WHERE workspace_id = $1 AND generation = $2 AND customer_at >= $3 AND customer_at < $4",
                    workspace.Id, generation, from, to).ConfigureAwait(false))
                    .Select(r => (r[0]!, ClickHouseDatabase.Instant(r[1]), revenue.GetValueOrDefault(r[0]!, 0.0000m))).ToList();
            default:
                return (await db.RowsAsync(
                    "SELECT person_key, occurred_at, value, name FROM conversions WHERE workspace_id = $1 AND generation = $2 AND occurred_at >= $3 AND occurred_at < $4 AND name IS NOT NULL",
                    workspace.Id, generation, from, to).ConfigureAwait(false))
                    .Where(r => string.Equals(r[3]!.ToLowerInvariant(), query.Conversion.ToLowerInvariant(), StringComparison.Ordinal))
                    .Select(r => (r[0]!, ClickHouseDatabase.Instant(r[1]), ClickHouseDatabase.ExactOrNull(r[2]) ?? 0.0000m)).ToList();
        }
    }

    private async Task<IEnumerable<string>> ConvertingPeopleAsync(Workspace workspace, JourneyQuery query, long generation, DateTimeOffset lo, DateTimeOffset hi) =>
        (await ConversionsAsync(workspace, query, generation, lo, hi).ConfigureAwait(false)).Select(c => c.Person);

    private async Task<List<(string Visitor, DateTimeOffset At, string Key)>> ClicksAsync(Workspace workspace, HashSet<string> visitors, string by)
    {
        var links = (await db.RowsAsync("SELECT id, source, medium, campaign FROM (SELECT id, source, medium, campaign, deleted FROM links FINAL WHERE workspace_id = $1) WHERE deleted = 0", workspace.Id).ConfigureAwait(false))
            .ToDictionary(r => ClickHouseDatabase.Number(r[0]), r => LinkKey(r[1]!, r[2]!, r[3]!, by));
        var clicks = new List<(string, DateTimeOffset, string)>();
        foreach (var chunk in visitors.Chunk(5000))
        {
            foreach (var r in await db.RowsAsync(
                "SELECT visitor_id, ts, link_id FROM (SELECT visitor_id, ts, link_id, drop_reason, deleted FROM link_clicks FINAL WHERE workspace_id = $1) WHERE deleted = 0 AND drop_reason IS NULL AND visitor_id IN $2",
                workspace.Id,
                ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                if (links.TryGetValue(ClickHouseDatabase.Number(r[2]), out var key))
                {
                    clicks.Add((r[0]!, ClickHouseDatabase.Instant(r[1]), key));
                }
            }
        }

        return clicks;
    }

    private static string LinkKey(string source, string medium, string campaign, string by)
    {
        var traffic = ChannelClassifier.Default.Classify(new Core.Tracking.UtmTags { Source = source, Medium = medium, Campaign = campaign }, null, null, null);
        return by switch
        {
            "channel" => traffic.Channel,
            "campaign" => $"{traffic.NetworkOrChannel} / {traffic.Campaign ?? "(not set)"}",
            _ => traffic.NetworkOrChannel,
        };
    }
}
