using System.Collections.Concurrent;
using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Sessions;
using Payoff.Core.Tracking;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Events in ClickHouse and what is derived from them: the idempotent insert (an event id is stored once per workspace,
/// through <c>event_keys</c>), sessions rebuilt per touched visitor with their rollup deltas, and people, revenue and
/// conversions derived for the whole workspace as a new generation. Every derivation follows the embedded store's rules
/// (<see cref="IdentityStitcher"/>, <see cref="Sessionizer"/>, local days by <see cref="WorkspaceCalendar"/>), computed here
/// in C# over streamed rows because ClickHouse 18.16 has no window functions.
/// </summary>
/// <remarks>
/// Derivations of one workspace run one at a time across every process and node (<see cref="DeriveLockAsync"/>: a
/// semaphore in the process, a <see cref="ClickHouseLease"/> across processes).
/// </remarks>
internal sealed class ClickHouseEvents(ClickHouseDatabase db)
{
    /// <summary>The columns of <c>events</c> in the order <see cref="Row"/> gives them (then version and deleted).</summary>
    public static readonly string[] Columns =
    [
        "workspace_id", "event_id", "ts", "ts_us", "visitor_id", "type", "url", "referrer", "value", "currency", "contact_id", "name",
        "channel", "network", "source", "medium", "campaign", "content", "term", "click_id_type", "click_id", "import_id", "site_id",
        "device", "browser", "country",
    ];

    private const int Chunk = 5000;
    private static readonly string[] ContactColumns = ["created_at", "lead_at", "customer_at", "revenue", "currency", "original_source", "channel", "network", "source", "medium", "campaign"];
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);
    private static readonly string[] SessionColumns =
    [
        "workspace_id", "visitor_id", "started_at", "started_us", "ended_at", "ended_us", "hits", "landing_url", "channel", "network",
        "source", "medium", "campaign", "content", "term", "click_id_type", "day", "version", "deleted",
    ];

    /// <summary>
    /// Holds the derivations of <paramref name="workspace"/> until disposed: in this process (a semaphore, cheap) and across
    /// every node (a <see cref="ClickHouseLease"/>), so two writers never compute the same visitor's sessions or rollup
    /// deltas from the same old state.
    /// </summary>
    public async Task<IAsyncDisposable> DeriveLockAsync(Workspace workspace)
    {
        var gate = Locks.GetOrAdd($"{db.Address.Host}:{db.Address.Port}/{db.Address.Database}/{workspace.Id}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return new Release(gate, await ClickHouseLease.AcquireAsync(db, ClickHouseLease.Derivations(workspace.Id)).ConfigureAwait(false));
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>
    /// Stores the events whose ids are not stored yet (the first of an id repeated in <paramref name="events"/> wins) and
    /// returns how many were stored and skipped, the stored ones' hit visitors (whose sessions change), and whether any
    /// stored event bears on people (a conversion, or a contact id).
    /// </summary>
    public async Task<(long Imported, long Duplicates, HashSet<string> Visitors, bool People)> InsertAsync(Workspace workspace, long? importId, IEnumerable<TrackedEvent> events)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visitors = new HashSet<string>(StringComparer.Ordinal);
        long imported = 0, duplicates = 0;
        var people = false;
        foreach (var chunk in events.Chunk(Chunk))
        {
            var fresh = chunk.Where(e => seen.Add(e.EventId)).ToList();
            duplicates += chunk.Length - fresh.Count;
            var stored = await StoredIdsAsync(workspace, fresh.Select(e => e.EventId)).ConfigureAwait(false);
            fresh.RemoveAll(e => stored.Contains(e.EventId));
            duplicates += stored.Count;
            if (fresh.Count == 0)
            {
                continue;
            }

            await WriteAsync(workspace, importId, fresh).ConfigureAwait(false);
            imported += fresh.Count;
            foreach (var e in fresh)
            {
                if (e.VisitorId is { } visitor && e.Type.IsHit())
                {
                    visitors.Add(visitor);
                }

                people |= !e.Type.IsHit() && e.Type != EventType.Outbound || e.ContactId is not null;
            }
        }

        return (imported, duplicates, visitors, people);
    }

    /// <summary>Writes <paramref name="events"/> (new ids, or new versions of stored ones) and their keys.</summary>
    public async Task WriteAsync(Workspace workspace, long? importId, IReadOnlyCollection<TrackedEvent> events, bool deleted = false)
    {
        var version = db.NextVersion();
        var flag = (byte)(deleted ? 1 : 0);
        await db.InsertAsync("event_keys", ["workspace_id", "event_id", "visitor_id", "ts", "import_id", "version", "deleted"],
            events.Select(e => (object?[])[workspace.Id, e.EventId, e.VisitorId ?? string.Empty, e.Timestamp, importId, version, flag])).ConfigureAwait(false);
        await db.InsertAsync("events", [.. Columns, "version", "deleted"], events.Select(e => (object?[])[.. Row(workspace, importId, e), version, flag])).ConfigureAwait(false);
    }

    /// <summary>The ids among <paramref name="ids"/> stored (not deleted) in the workspace.</summary>
    public async Task<HashSet<string>> StoredIdsAsync(Workspace workspace, IEnumerable<string> ids)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var row in await db.RowsAsync(
                "SELECT event_id FROM event_keys WHERE workspace_id = $1 AND event_id IN $2 GROUP BY event_id HAVING argMax(deleted, version) = 0",
                workspace.Id,
                ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                stored.Add(row[0]!);
            }
        }

        return stored;
    }

    /// <summary>
    /// The stored events <paramref name="where"/> selects (a condition on <c>events</c>' columns, <c>$1</c> the workspace), each
    /// id once at its latest version, in (visitor, time, id) order.
    /// </summary>
    public async IAsyncEnumerable<(TrackedEvent Event, long? ImportId)> ReadAsync(Workspace workspace, string where, params object?[] values)
    {
        var sql = $"SELECT {string.Join(", ", Columns)}, version, deleted FROM events WHERE workspace_id = $1 AND ({where}) ORDER BY visitor_id, ts, ts_us, event_id, version DESC";
        string? last = null;
        string? lastVisitor = null;
        await foreach (var r in db.State.QueryAsync(ClickHouseSql.Bind(sql, [workspace.Id, .. values])).ConfigureAwait(false))
        {
            // Versions of one event are adjacent (same visitor, time and id), the newest first.
            if (r[1] == last && r[4] == lastVisitor)
            {
                continue;
            }

            (last, lastVisitor) = (r[1], r[4]);
            if (r[27] == "1")
            {
                continue;
            }

            yield return (Event(r), ClickHouseDatabase.NumberOrNull(r[21]));
        }
    }

    /// <summary>
    /// Rebuilds the sessions of <paramref name="visitors"/> (null: every visitor of the workspace) from their page views and
    /// clicks, and moves the sessions rollup by the difference.
    /// </summary>
    public async Task RebuildSessionsAsync(Workspace workspace, IReadOnlyCollection<string>? visitors)
    {
        if (visitors is { Count: 0 })
        {
            return;
        }

        var chunks = visitors is null ? [null] : visitors.Order(StringComparer.Ordinal).Chunk(Chunk).Select(c => (string[]?)c).ToList();
        var sessionizer = new Sessionizer(new SessionOptions { Timeout = workspace.SessionTimeout });
        var days = new LocalDays(workspace.Calendar);
        foreach (var chunk in chunks)
        {
            var old = await StoredSessionsAsync(workspace, chunk).ConfigureAwait(false);
            var made = new List<(Session Session, DateOnly Day)>();
            string? visitor = null;
            var hits = new List<TrackedEvent>();
            var (where, values) = chunk is null ? ("type IN ('pageview', 'click') AND visitor_id != ''", Array.Empty<object?>()) : ("type IN ('pageview', 'click') AND visitor_id IN $2", [ClickHouseSql.In(chunk)]);
            await foreach (var (e, _) in ReadAsync(workspace, where, values).ConfigureAwait(false))
            {
                if (e.VisitorId != visitor)
                {
                    Flush();
                    visitor = e.VisitorId;
                }

                hits.Add(e with { Type = EventType.Pageview });
            }

            Flush();
            var oldKeys = old.ToDictionary(SessionKey, StringComparer.Ordinal);
            var newKeys = made.ToDictionary(s => SessionKey(s), StringComparer.Ordinal);
            var gone = old.Where(s => !newKeys.TryGetValue(SessionKey(s), out var n) || n != s).ToList();
            var added = made.Where(s => !oldKeys.TryGetValue(SessionKey(s), out var o) || o != s).ToList();
            var version = db.NextVersion();
            await db.InsertAsync("sessions", SessionColumns,
                gone.Where(s => !newKeys.ContainsKey(SessionKey(s))).Select(s => SessionRow(workspace, s, version, deleted: true))
                    .Concat(added.Select(s => SessionRow(workspace, s, version, deleted: false)))).ConfigureAwait(false);
            await AddRollupsAsync(workspace, "sessions", 0, gone.Select(s => Delta(s, -1)).Concat(added.Select(s => Delta(s, 1)))).ConfigureAwait(false);

            void Flush()
            {
                if (visitor is not null && hits.Count > 0)
                {
                    // Sessions keep the click id's kind only (as stored), so a rebuilt session equals its stored self.
                    made.AddRange(sessionizer.Sessionize(visitor, hits).Select(s =>
                        (s with { Source = s.Source with { ClickId = s.Source.ClickId is { } click ? new ClickId(click.Parameter, string.Empty) : null } }, days.Of(s.Start))));
                }

                hits.Clear();
            }
        }
    }

    /// <summary>Sets the sessions rollup of the workspace to the sums of its stored sessions (whatever it held before).</summary>
    public async Task RebuildSessionRollupsAsync(Workspace workspace)
    {
        var current = await db.RowsAsync(
            "SELECT day, channel, network, campaign, content, sum(count) FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' GROUP BY day, channel, network, campaign, content HAVING sum(count) != 0",
            workspace.Id).ConfigureAwait(false);
        var stored = await StoredSessionsAsync(workspace, null).ConfigureAwait(false);
        await AddRollupsAsync(
            workspace,
            "sessions",
            0,
            current.Select(r => (ClickHouseDatabase.Day(r[0]), Unkey(r[1]), Unkey(r[2]), Unkey(r[3]), Unkey(r[4]), string.Empty, string.Empty, -ClickHouseDatabase.Number(r[5]), 0m))
                .Concat(stored.Select(s => Delta(s, 1)))).ConfigureAwait(false);
    }

    /// <summary>The value of a rollup key column: <see cref="NullKey"/> reads as null.</summary>
    public static string? Unkey(string? text) => text == NullKey ? null : text;

    /// <summary>The stored sessions of <paramref name="visitors"/> (null: all of the workspace's), each at its latest version.</summary>
    public async Task<List<(Session Session, DateOnly Day)>> StoredSessionsAsync(Workspace workspace, IReadOnlyCollection<string>? visitors)
    {
        var sessions = new List<(Session, DateOnly)>();
        foreach (var chunk in visitors is null ? [null] : visitors.Chunk(Chunk).Select(c => (string[]?)c))
        {
            var sql = $"""
                SELECT visitor_id, started_at, started_us, ended_at, ended_us, hits, landing_url, channel, network, source, medium, campaign,
                       content, term, click_id_type, day
                FROM (SELECT * FROM sessions FINAL WHERE workspace_id = $1 {(chunk is null ? string.Empty : "AND visitor_id IN $2")})
                WHERE deleted = 0
                ORDER BY visitor_id, started_at, started_us
                """;
            await foreach (var r in db.State.QueryAsync(ClickHouseSql.Bind(sql, chunk is null ? [workspace.Id] : [workspace.Id, ClickHouseSql.In(chunk)])).ConfigureAwait(false))
            {
                sessions.Add((new Session(
                    r[0]!,
                    Instant(r[1], r[2]),
                    Instant(r[3], r[4]),
                    (int)ClickHouseDatabase.Number(r[5]),
                    r[6],
                    new TrafficSource(r[7]!, r[8], r[9]!, r[10]!, r[11], r[12], r[13], r[14] is { } type ? new ClickId(type, string.Empty) : null)), ClickHouseDatabase.Day(r[15])));
            }
        }

        return sessions;
    }

    /// <summary>
    /// Derives the workspace's people, revenue and conversions again (as a new generation) with their rollups, then makes that
    /// generation the one every reader sees.
    /// </summary>
    public async Task RebuildPeopleAsync(Workspace workspace)
    {
        var events = new List<TrackedEvent>();
        await foreach (var (e, _) in ReadAsync(workspace, "type IN ('lead', 'customer', 'conversion') OR contact_id IS NOT NULL").ConfigureAwait(false))
        {
            events.Add(e);
        }

        var contacts = await ContactsAsync(workspace).ConfigureAwait(false);
        var stitch = IdentityStitcher.ContactOfVisitor(events);
        var personVisitors = events.Where(e => e.ContactId is not null && e.VisitorId is not null).Select(e => e.VisitorId!)
            .Concat(events.Where(e => e.Type is EventType.Lead or EventType.Customer or EventType.Conversion && e.ContactId is null && e.VisitorId is not null && !stitch.ContainsKey(e.VisitorId)).Select(e => e.VisitorId!))
            .ToHashSet(StringComparer.Ordinal);
        var sessions = personVisitors.Count == 0 ? [] : (await StoredSessionsAsync(workspace, personVisitors).ConfigureAwait(false)).Select(s => s.Session).ToList();
        var people = IdentityStitcher.People(events, sessions, contacts.Select(c => c.Contact));
        var byKey = people.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var crmRevenue = contacts.Where(c => c.Contact.Revenue is not null).Select(c => c.Contact.ContactId).ToHashSet(StringComparer.Ordinal);

        var conversions = events.Where(e => e.Type is EventType.Lead or EventType.Customer or EventType.Conversion)
            .Select(e => (Key: IdentityStitcher.PersonKey(e, stitch), Event: e))
            .Where(c => c.Key is not null)
            .ToList();
        var revenue = conversions
            .Where(c => c.Event.Type is EventType.Customer or EventType.Conversion && c.Event.Value is not null && !crmRevenue.Contains(c.Key!))
            .Select(c => (Key: c.Key!, At: c.Event.Timestamp, Amount: c.Event.Value!.Value, Currency: c.Event.Currency ?? workspace.Currency, Origin: "event", Ref: c.Event.EventId))
            .Concat(contacts
                .Where(c => c.Contact.Revenue is not null && (c.Contact.CustomerAt ?? c.Contact.LeadAt ?? c.Contact.CreatedAt) is not null)
                .Select(c => (Key: c.Contact.ContactId, At: (c.Contact.CustomerAt ?? c.Contact.LeadAt ?? c.Contact.CreatedAt)!.Value, Amount: c.Contact.Revenue!.Value, Currency: c.Currency ?? workspace.Currency, Origin: "crm", Ref: c.Contact.ContactId)))
            .ToList();

        var generation = await db.NextIdAsync("generation").ConfigureAwait(false);
        var ws = workspace.Id;
        await db.InsertAsync("people", ["workspace_id", "generation", "person_key", "contact_id", "contact_at", "customer_at", "channel", "network", "source", "medium", "campaign", "content", "term", "first_visitor_id", "first_session_at"],
            people.Select(p => (object?[])[ws, generation, p.Key, p.ContactId, Micros(p.ContactAt), Micros(p.CustomerAt), p.OriginalSource.Channel, p.OriginalSource.Network, p.OriginalSource.Source, p.OriginalSource.Medium, p.OriginalSource.Campaign, p.OriginalSource.Content, p.OriginalSource.Term, p.FirstVisitorId, Micros(p.FirstSessionAt)])).ConfigureAwait(false);
        await db.InsertAsync("revenue", ["workspace_id", "generation", "person_key", "occurred_at", "amount", "currency", "origin", "ref"],
            revenue.Select(r => (object?[])[ws, generation, r.Key, ClickHouseDatabase.Micros(r.At), r.Amount, r.Currency, r.Origin, r.Ref])).ConfigureAwait(false);
        await db.InsertAsync("conversions", ["workspace_id", "generation", "person_key", "occurred_at", "type", "name", "value", "currency", "ref"],
            conversions.Select(c => (object?[])[ws, generation, c.Key, ClickHouseDatabase.Micros(c.Event.Timestamp), c.Event.Type.Name(), c.Event.Name, c.Event.Value, c.Event.Currency, c.Event.EventId])).ConfigureAwait(false);

        var days = new LocalDays(workspace.Calendar);
        var rollups = new List<(string Measure, DateOnly Day, string? Channel, string? Network, string? Campaign, string? Content, string Name, string Currency, long Count, decimal Amount)>();
        foreach (var p in people)
        {
            var s = p.OriginalSource;
            if (p.ContactAt is { } contactAt)
            {
                rollups.Add(("contacts", days.Of(contactAt), s.Channel, s.Network, s.Campaign, s.Content, string.Empty, string.Empty, 1, 0m));
            }

            if (p.CustomerAt is { } customerAt)
            {
                rollups.Add(("customers", days.Of(customerAt), s.Channel, s.Network, s.Campaign, s.Content, string.Empty, string.Empty, 1, 0m));
            }
        }

        foreach (var r in revenue.Where(r => byKey.ContainsKey(r.Key)))
        {
            var s = byKey[r.Key].OriginalSource;
            rollups.Add(("revenue", days.Of(r.At), s.Channel, s.Network, s.Campaign, s.Content, string.Empty, r.Currency, 1, r.Amount));
        }

        foreach (var c in conversions.Where(c => c.Event is { Type: EventType.Conversion, Value: null, Name: not null } && byKey.ContainsKey(c.Key!)))
        {
            var s = byKey[c.Key!].OriginalSource;
            rollups.Add(("conversions", days.Of(c.Event.Timestamp), s.Channel, s.Network, s.Campaign, s.Content, c.Event.Name!.ToLowerInvariant(), string.Empty, 1, 0m));
        }

        foreach (var measure in rollups.GroupBy(r => r.Measure))
        {
            await AddRollupsAsync(workspace, measure.Key, generation, measure.Select(r => (r.Day, r.Channel, r.Network, r.Campaign, r.Content, r.Name, r.Currency, r.Count, r.Amount))).ConfigureAwait(false);
        }

        await SetGenerationAsync(workspace, "people", generation).ConfigureAwait(false);
    }

    /// <summary>Summarises the workspace's current ad costs again (a new generation of the cost measures).</summary>
    public async Task RebuildCostsAsync(Workspace workspace)
    {
        var undone = await UndoneImportsAsync(workspace).ConfigureAwait(false);
        var costs = ClickHouseImportStore.Costs(db);
        var rows = await costs.ReadAsync(
            workspace,
            undone,
            """
            SELECT day, network, campaign, currency, count(), sum(amount), sum(clicks), count(clicks), sum(impressions), count(impressions)
            FROM {current} GROUP BY day, network, campaign, currency
            """).ConfigureAwait(false);
        var generation = await db.NextIdAsync("generation").ConfigureAwait(false);
        var spend = rows.Select(r => (ClickHouseDatabase.Day(r[0]), (string?)null, r[1], r[2], (string?)null, string.Empty, r[3]!, ClickHouseDatabase.Number(r[4]), ClickHouseDatabase.Exact(r[5])));
        var clicks = rows.Where(r => r[7] != "0").Select(r => (ClickHouseDatabase.Day(r[0]), (string?)null, r[1], r[2], (string?)null, string.Empty, string.Empty, ClickHouseDatabase.Number(r[6]), 0m));
        var impressions = rows.Where(r => r[9] != "0").Select(r => (ClickHouseDatabase.Day(r[0]), (string?)null, r[1], r[2], (string?)null, string.Empty, string.Empty, ClickHouseDatabase.Number(r[8]), 0m));
        await AddRollupsAsync(workspace, "ad_spend", generation, spend).ConfigureAwait(false);
        await AddRollupsAsync(workspace, "clicks", generation, clicks).ConfigureAwait(false);
        await AddRollupsAsync(workspace, "impressions", generation, impressions).ConfigureAwait(false);
        await SetGenerationAsync(workspace, "costs", generation).ConfigureAwait(false);
    }

    /// <summary>The current generation of the workspace's <paramref name="kind"/> derivation (0 before the first).</summary>
    public async Task<long> GenerationAsync(Workspace workspace, string kind) =>
        ClickHouseDatabase.Number(await db.ScalarAsync(
            "SELECT generation FROM (SELECT generation, deleted FROM derivations FINAL WHERE workspace_id = $1 AND kind = $2) WHERE deleted = 0",
            workspace.Id,
            kind).ConfigureAwait(false) ?? "0");

    /// <summary>Makes <paramref name="generation"/> the workspace's <paramref name="kind"/> and deletes the older ones' rows in the background.</summary>
    public async Task SetGenerationAsync(Workspace workspace, string kind, long generation)
    {
        await new StateTable(db, "derivations", "workspace_id", "kind", "generation").PutAsync(workspace.Id, kind, generation).ConfigureAwait(false);

        // Older generations are invisible at once; their rows go in one mutation every 16 generations (a mutation rewrites
        // parts: one per live batch would be the costliest statement of the applier).
        if (generation % 16 != 0)
        {
            return;
        }

        var tables = kind == "people" ? new[] { "people", "revenue", "conversions" } : [];
        foreach (var table in tables)
        {
            await db.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE workspace_id = $1 AND generation < $2", workspace.Id, generation).ConfigureAwait(false);
        }

        await db.ExecuteAsync("ALTER TABLE daily_rollups DELETE WHERE workspace_id = $1 AND generation > 0 AND generation < $2 AND measure IN $3", workspace.Id, generation, ClickHouseSql.In(Measures(kind))).ConfigureAwait(false);
    }

    /// <summary>The measures a derivation kind writes.</summary>
    public static string[] Measures(string kind) => kind switch
    {
        "people" => ["contacts", "customers", "revenue", "conversions"],
        "costs" => ["ad_spend", "clicks", "impressions"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown derivation."),
    };

    /// <summary>Adds rollup rows (summed by key before they are sent) of <paramref name="measure"/> in <paramref name="generation"/>.</summary>
    public Task AddRollupsAsync(
        Workspace workspace,
        string measure,
        long generation,
        IEnumerable<(DateOnly Day, string? Channel, string? Network, string? Campaign, string? Content, string Name, string Currency, long Count, decimal Amount)> rows)
    {
        var summed = rows
            .GroupBy(r => (r.Day, Key(r.Channel), Key(r.Network), Key(r.Campaign), Key(r.Content), r.Name, r.Currency))
            .Select(g => (g.Key, Count: g.Sum(r => r.Count), Amount: g.Sum(r => r.Amount)))
            .Where(g => g.Count != 0 || g.Amount != 0)
            .Select(g => (object?[])[workspace.Id, measure, generation, g.Key.Day, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Key.Item5, g.Key.Name, g.Key.Currency, g.Count, g.Amount]);
        return db.InsertAsync("daily_rollups", ["workspace_id", "measure", "generation", "day", "channel", "network", "campaign", "content", "name", "currency", "count", "amount"], summed);
    }

    /// <summary>A rollup key column's value for <paramref name="text"/>: NULL is stored as <see cref="NullKey"/>.</summary>
    public static string Key(string? text) => text ?? NullKey;

    /// <summary>The text a rollup key stores for NULL.</summary>
    public const string NullKey = "\0";

    /// <summary>The workspace's current CRM contacts: for each id, the row of its newest import not undone, and that import.</summary>
    public async Task<List<(CrmContact Contact, string? Currency, long ImportId)>> ContactsAsync(Workspace workspace)
    {
        var undone = await UndoneImportsAsync(workspace).ConfigureAwait(false);
        // The newest import's row of each id, taken whole (argMax of each column would skip a NULL the newest row holds).
        var notUndone = undone.Count == 0 ? string.Empty : "AND import_id NOT IN $2";
        var sql = $"""
            SELECT contact_id, {string.Join(", ", ContactColumns)}, import_id
            FROM contacts
            WHERE workspace_id = $1 {notUndone}
              AND (contact_id, import_id) IN (SELECT contact_id, max(import_id) FROM contacts WHERE workspace_id = $1 {notUndone} GROUP BY contact_id)
            ORDER BY contact_id
            """;
        var rows = await db.RowsAsync(sql, undone.Count == 0 ? [workspace.Id] : [workspace.Id, ClickHouseSql.In(undone)]).ConfigureAwait(false);
        return rows.Select(r =>
        {
            var f = r[1..];
            var contact = new CrmContact
            {
                ContactId = r[0]!,
                CreatedAt = ClickHouseDatabase.InstantOrNull(f[0]),
                LeadAt = ClickHouseDatabase.InstantOrNull(f[1]),
                CustomerAt = ClickHouseDatabase.InstantOrNull(f[2]),
                Revenue = ClickHouseDatabase.ExactOrNull(f[3]),
                Currency = f[4],
                OriginalSourceLabel = f[5],
                OriginalSource = f[6] is { } channel ? new TrafficSource(channel, f[7], f[8]!, f[9]!, f[10], null, null, null) : null,
            };
            return (contact, f[4], ClickHouseDatabase.Number(f[ContactColumns.Length]));
        }).ToList();
    }

    /// <summary>The ids of the workspace's undone imports.</summary>
    public async Task<List<long>> UndoneImportsAsync(Workspace workspace) =>
        (await db.RowsAsync(
            "SELECT id FROM (SELECT id, undone_at, deleted FROM imports FINAL WHERE workspace_id = $1) WHERE deleted = 0 AND undone_at IS NOT NULL",
            workspace.Id).ConfigureAwait(false)).Select(r => ClickHouseDatabase.Number(r[0])).ToList();

    /// <summary>An event as <c>events</c> stores it (the currency of a value defaults to the workspace's).</summary>
    public static object?[] Row(Workspace workspace, long? importId, TrackedEvent e) =>
    [
        workspace.Id, e.EventId, e.Timestamp, SubSecond(e.Timestamp), e.VisitorId ?? string.Empty, EventTypes.Name(e.Type), e.Url, e.Referrer, e.Value,
        e.Value is null ? e.Currency : e.Currency ?? workspace.Currency, e.ContactId, e.Name,
        e.Source.Channel, e.Source.Network, e.Source.Source, e.Source.Medium, e.Source.Campaign, e.Source.Content, e.Source.Term,
        e.Source.ClickId?.Parameter, e.Source.ClickId?.Value, importId, e.SiteId, e.Device, e.Browser, e.Country,
    ];

    /// <summary>The microseconds within its second of <paramref name="instant"/> (the embedded store keeps microseconds too).</summary>
    public static uint SubSecond(DateTimeOffset instant) => (uint)(instant.UtcTicks % TimeSpan.TicksPerSecond / 10);

    /// <summary>The instant of a <c>DateTime('UTC')</c> field and its microseconds field.</summary>
    public static DateTimeOffset Instant(string? second, string? micros) =>
        new DateTimeOffset(DateTime.ParseExact(second!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.Zero).AddTicks(ClickHouseDatabase.Number(micros) * 10);

    private static TrackedEvent Event(string?[] r) => new()
    {
        EventId = r[1]!,
        Timestamp = Instant(r[2], r[3]),
        VisitorId = r[4] is { Length: > 0 } visitor ? visitor : null,
        Type = EventTypes.TryParse(r[5], out var type) ? type : throw new InvalidOperationException($"Event {r[1]} has the unknown type '{r[5]}'."),
        Url = r[6],
        Referrer = r[7],
        Value = ClickHouseDatabase.ExactOrNull(r[8]),
        Currency = r[9],
        ContactId = r[10],
        Name = r[11],
        Source = new TrafficSource(r[12]!, r[13], r[14]!, r[15]!, r[16], r[17], r[18], r[19] is { } parameter ? new ClickId(parameter, r[20] ?? string.Empty) : null),
        SiteId = ClickHouseDatabase.NumberOrNull(r[22]),
        Device = r[23],
        Browser = r[24],
        Country = r[25],
    };

    private static long? Micros(DateTimeOffset? instant) => instant is { } at ? ClickHouseDatabase.Micros(at) : null;

    private static string SessionKey((Session Session, DateOnly Day) s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Session.VisitorId}\n{s.Session.Start.UtcTicks}");

    private static (DateOnly, string?, string?, string?, string?, string, string, long, decimal) Delta((Session Session, DateOnly Day) s, long count) =>
        (s.Day, s.Session.Source.Channel, s.Session.Source.Network, s.Session.Source.Campaign, s.Session.Source.Content, string.Empty, string.Empty, count, 0m);

    private static object?[] SessionRow(Workspace workspace, (Session Session, DateOnly Day) s, long version, bool deleted)
    {
        var (session, day) = s;
        return
        [
            workspace.Id, session.VisitorId, session.Start, SubSecond(session.Start), session.End, SubSecond(session.End), session.Hits, session.LandingUrl,
            session.Source.Channel, session.Source.Network, session.Source.Source, session.Source.Medium, session.Source.Campaign, session.Source.Content,
            session.Source.Term, session.Source.ClickId?.Parameter, day, version, (byte)(deleted ? 1 : 0),
        ];
    }

    private sealed class Release(SemaphoreSlim gate, ClickHouseLease lease) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                try
                {
                    await lease.DisposeAsync().ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }
        }
    }
}
