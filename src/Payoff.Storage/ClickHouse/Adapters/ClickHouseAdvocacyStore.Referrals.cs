using System.Text.RegularExpressions;
using Payoff.Core.Advocacy;
using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The referral touches and their friends' facts (<see cref="IAdvocacyStore.ReadReferralsAsync"/>) and the customers scored
/// as candidates (<see cref="IAdvocacyStore.ReadCustomersAsync"/>), put together in C# from the sessions, clicks and events
/// that carry <c>ref=</c>, the current people generation and the visitors stitched to each person — the embedded store's
/// rules (<c>DuckDbAdvocacyStore.Referrals</c>), which need joins and correlated subqueries ClickHouse 18.16 does not have.
/// </summary>
internal sealed partial class ClickHouseAdvocacyStore
{
    /// <inheritdoc />
    public async Task<ReferralData> ReadReferralsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var identified = await IdentifiedEventsAsync(workspace).ConfigureAwait(false);
        var stitch = IdentityStitcher.ContactOfVisitor(identified);
        string PersonOf(string visitor) => stitch.TryGetValue(visitor, out var contact) ? contact : IdentityStitcher.AnonymousPrefix + visitor;

        var raw = new List<(string Code, string Visitor, DateTimeOffset At, ReferralTouchKind Kind, string? Campaign, string? Network)>();
        foreach (var r in await db.RowsAsync(
            """
            SELECT visitor_id, started_at, started_us, landing_url, campaign, network
            FROM (SELECT * FROM sessions FINAL WHERE workspace_id = $1) WHERE deleted = 0 AND landing_url LIKE '%ref=%'
            """,
            workspace.Id).ConfigureAwait(false))
        {
            raw.Add((Code(r[3]), r[0]!, ClickHouseEvents.Instant(r[1], r[2]), ReferralTouchKind.Visit, r[4], r[5]));
        }

        var links = (await new ClickHouseLinkStore(db).ListAsync(workspace, cancellationToken).ConfigureAwait(false))
            .Where(l => l.Destination.Contains("ref=", StringComparison.Ordinal))
            .ToDictionary(l => l.Id);
        if (links.Count > 0)
        {
            foreach (var r in await db.RowsAsync(
                "SELECT link_id, visitor_id, ts FROM (SELECT * FROM link_clicks FINAL WHERE workspace_id = $1) WHERE deleted = 0 AND drop_reason IS NULL AND link_id IN $2",
                workspace.Id,
                ClickHouseSql.In(links.Keys.ToList())).ConfigureAwait(false))
            {
                var link = links[ClickHouseDatabase.Number(r[0])];
                var network = Core.Channels.ChannelClassifier.Default.Classify(
                    new Core.Tracking.UtmTags { Source = link.Tags.Source, Medium = link.Tags.Medium, Campaign = link.Tags.Campaign, Content = link.Tags.Content }, null, null, null).Network;
                raw.Add((Code(link.Destination), r[1]!, ClickHouseDatabase.Instant(r[2]), ReferralTouchKind.Click, link.Tags.Campaign, network));
            }
        }

        // A page carrying the code inside a session (not its landing page), or a form that submitted it.
        var carrying = new List<TrackedEvent>();
        await foreach (var (e, _) in events.ReadAsync(workspace, "url LIKE '%ref=%' AND type != 'click' AND visitor_id != ''").ConfigureAwait(false))
        {
            carrying.Add(e);
        }

        if (carrying.Count > 0)
        {
            var starts = (await events.StoredSessionsAsync(workspace, carrying.Select(e => e.VisitorId!).ToHashSet(StringComparer.Ordinal)).ConfigureAwait(false))
                .Select(s => (s.Session.VisitorId, s.Session.Start)).ToHashSet();
            raw.AddRange(carrying.Where(e => !starts.Contains((e.VisitorId!, e.Timestamp)))
                .Select(e => (Code(e.Url), e.VisitorId!, e.Timestamp, ReferralTouchKind.Event, e.Source.Campaign, e.Source.Network)));
        }

        var touches = raw.Where(t => t.Code.Length > 0)
            .Select(t => new ReferralTouch(t.Code, PersonOf(t.Visitor), t.Visitor, t.At, t.Kind, t.Campaign, t.Network))
            .OrderBy(t => t.At)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .ThenBy(t => t.PersonKey, StringComparer.Ordinal)
            .ThenBy(t => KindName(t.Kind), StringComparer.Ordinal)
            .ToList();
        if (touches.Count == 0)
        {
            return new ReferralData([], [], new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
        }

        // Each person's visitors: those stitched to them (a visitor never identified is its own person), and the touches'.
        var stitched = stitch.ToLookup(s => s.Value, s => s.Key, StringComparer.Ordinal);
        IEnumerable<string> Stitched(string person) =>
            person.StartsWith(IdentityStitcher.AnonymousPrefix, StringComparison.Ordinal) ? [person[IdentityStitcher.AnonymousPrefix.Length..]] : stitched[person];
        var advocateList = await AdvocatesAsync(workspace, cancellationToken).ConfigureAwait(false);
        var friendKeys = touches.Select(t => t.PersonKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var visitors = friendKeys.Concat(advocateList.Select(a => a.ContactId))
            .SelectMany(p => stitched[p].Select(v => (Person: p, Visitor: v)))
            .Concat(touches.Select(t => (Person: t.PersonKey, Visitor: t.VisitorId)))
            .Distinct()
            .ToLookup(p => p.Person, p => p.Visitor, StringComparer.Ordinal);

        // The friends' visitors' events (for the import that made them a lead or customer) and sessions.
        var friendVisitors = friendKeys.SelectMany(Stitched).ToHashSet(StringComparer.Ordinal);
        var visitorEvents = new List<(TrackedEvent Event, long? ImportId)>();
        foreach (var chunk in friendVisitors.Chunk(5000))
        {
            await foreach (var e in events.ReadAsync(workspace, "visitor_id IN $2", ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                visitorEvents.Add(e);
            }
        }

        var eventsAt = visitorEvents.ToLookup(e => (Person: PersonOf(e.Event.VisitorId!), e.Event.Timestamp), e => e.ImportId);
        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var keys = ClickHouseSql.In(friendKeys);
        var contacts = (await events.ContactsAsync(workspace).ConfigureAwait(false)).ToDictionary(c => c.Contact.ContactId, StringComparer.Ordinal);
        var people = (await db.RowsAsync(
            "SELECT person_key, contact_id, contact_at, customer_at FROM people WHERE workspace_id = $1 AND generation = $2 AND person_key IN $3",
            workspace.Id,
            generation,
            keys).ConfigureAwait(false)).ToDictionary(r => r[0]!, StringComparer.Ordinal);
        var purchases = (await db.RowsAsync(
            "SELECT person_key, occurred_at, amount, currency FROM revenue WHERE workspace_id = $1 AND generation = $2 AND person_key IN $3",
            workspace.Id,
            generation,
            keys).ConfigureAwait(false))
            .Select(r => (Person: r[0]!, Purchase: new FriendPurchase(ClickHouseDatabase.Instant(r[1]), ClickHouseDatabase.Exact(r[2]), r[3]!)))
            .OrderBy(p => p.Person, StringComparer.Ordinal).ThenBy(p => p.Purchase.At).ThenBy(p => p.Purchase.Amount)
            .ToLookup(p => p.Person, p => p.Purchase, StringComparer.Ordinal);
        var conversionRows = await db.RowsAsync(
            "SELECT person_key, ifNull(name, type), occurred_at, value, currency, ref FROM conversions WHERE workspace_id = $1 AND generation = $2 AND type = 'conversion' AND person_key IN $3",
            workspace.Id,
            generation,
            keys).ConfigureAwait(false);
        var importOf = await EventImportsAsync(workspace, conversionRows.Select(r => r[5]!).Distinct(StringComparer.Ordinal).ToList()).ConfigureAwait(false);
        var conversions = conversionRows
            .Select(r => (Person: r[0]!, Ref: r[5]!, Conversion: new FriendConversion(r[1]!, ClickHouseDatabase.Instant(r[2]), ClickHouseDatabase.ExactOrNull(r[3]), r[4], importOf.GetValueOrDefault(r[5]!))))
            .OrderBy(c => c.Person, StringComparer.Ordinal).ThenBy(c => c.Conversion.At).ThenBy(c => c.Ref, StringComparer.Ordinal)
            .ToLookup(c => c.Person, c => c.Conversion, StringComparer.Ordinal);
        var codes = advocateList.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var sessions = (friendVisitors.Count == 0 ? [] : await events.StoredSessionsAsync(workspace, friendVisitors).ConfigureAwait(false))
            .Where(s => !codes.Contains(Code(s.Session.LandingUrl)))
            .Select(s => (Person: PersonOf(s.Session.VisitorId), Touch: new OtherTouch(s.Session.Start, s.Session.Source.Channel)))
            .OrderBy(s => s.Person, StringComparer.Ordinal).ThenBy(s => s.Touch.At).ThenBy(s => s.Touch.Channel, StringComparer.Ordinal)
            .ToLookup(s => s.Person, s => s.Touch, StringComparer.Ordinal);

        var friends = friendKeys.Select(key =>
        {
            if (!people.TryGetValue(key, out var p))
            {
                return new ReferredPerson(key, null, [.. visitors[key].Order(StringComparer.Ordinal)], null, null, null, null, null, [.. purchases[key]], [.. conversions[key]], [.. sessions[key]]);
            }

            var (contactAt, customerAt) = (ClickHouseDatabase.InstantOrNull(p[2]), ClickHouseDatabase.InstantOrNull(p[3]));
            var crm = p[1] is { } contactId && contacts.TryGetValue(contactId, out var c) ? c : default;
            long? ImportAt(DateTimeOffset? at) => at is { } when && eventsAt[(key, when)].ToList() is { Count: > 0 } imports ? imports.Max() : crm.Contact is null ? null : crm.ImportId;
            return new ReferredPerson(
                key, p[1], [.. visitors[key].Order(StringComparer.Ordinal)], contactAt, ImportAt(contactAt), customerAt, ImportAt(customerAt), crm.Contact?.CreatedAt,
                [.. purchases[key]], [.. conversions[key]], [.. sessions[key]]);
        }).ToList();

        // Every visitor id that ever carried the advocate's contact id (not only those stitched to the advocate): a friend
        // identified on a device the advocate also signs in on shares it.
        var carried = identified.Select(e => (Contact: e.ContactId!, Visitor: e.VisitorId!)).Distinct().ToLookup(v => v.Contact, v => v.Visitor, StringComparer.Ordinal);
        var advocateVisitors = advocateList.Select(a => a.ContactId).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => (IReadOnlyList<string>)[.. visitors[c].Union(carried[c], StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        return new ReferralData(touches, friends, advocateVisitors);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CandidateFacts>> ReadCustomersAsync(Workspace workspace, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var customers = (await db.RowsAsync(
            "SELECT person_key, contact_id, customer_at FROM people WHERE workspace_id = $1 AND generation = $2 AND contact_id IS NOT NULL AND customer_at IS NOT NULL",
            workspace.Id,
            generation).ConfigureAwait(false)).OrderBy(r => r[1], StringComparer.Ordinal).ToList();
        if (customers.Count == 0)
        {
            return [];
        }

        var revenue = (await db.RowsAsync(
            """
            SELECT person_key, currency, sum(amount), count(), max(occurred_at) FROM revenue
            WHERE workspace_id = $1 AND generation = $2
              AND person_key IN (SELECT person_key FROM people WHERE workspace_id = $1 AND generation = $2 AND contact_id IS NOT NULL AND customer_at IS NOT NULL)
            GROUP BY person_key, currency
            """,
            workspace.Id,
            generation).ConfigureAwait(false))
            .ToLookup(r => r[0]!, r => (Currency: r[1]!, Amount: ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(r[2])), Count: ClickHouseDatabase.Number(r[3]), Last: ClickHouseDatabase.Instant(r[4])), StringComparer.Ordinal);

        // Sessions in the 90 days before asOf of the visitors stitched to each customer.
        var stitch = IdentityStitcher.ContactOfVisitor(await IdentifiedEventsAsync(workspace).ConfigureAwait(false));
        var (from, until) = (ClickHouseDatabase.Micros(asOf) - (90L * 86_400_000_000), ClickHouseDatabase.Micros(asOf));
        var recent = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in await db.RowsAsync(
            """
            SELECT visitor_id, started_at, started_us
            FROM (SELECT visitor_id, started_at, started_us, deleted FROM sessions FINAL WHERE workspace_id = $1 AND started_at >= $2 AND started_at <= $3)
            WHERE deleted = 0
            """,
            workspace.Id,
            ClickHouseDatabase.FromMicros(from).AddSeconds(-1),
            ClickHouseDatabase.FromMicros(until).AddSeconds(1)).ConfigureAwait(false))
        {
            var at = ClickHouseDatabase.Micros(ClickHouseEvents.Instant(r[1], r[2]));
            if (at >= from && at < until && stitch.TryGetValue(r[0]!, out var contact))
            {
                recent[contact] = recent.GetValueOrDefault(contact) + 1;
            }
        }

        var advocating = (await AdvocatesAsync(workspace, cancellationToken).ConfigureAwait(false)).Select(a => a.ContactId).ToHashSet(StringComparer.Ordinal);
        return [.. customers.Select(r =>
        {
            var rows = revenue[r[0]!].ToList();
            return new CandidateFacts(
                r[1]!,
                ClickHouseDatabase.Instant(r[2]),
                (int)rows.Sum(x => x.Count),
                rows.GroupBy(x => x.Currency, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount), StringComparer.Ordinal),
                rows.Count == 0 ? null : rows.Max(x => x.Last),
                recent.GetValueOrDefault(r[0]!),
                advocating.Contains(r[1]!));
        })];
    }

    /// <summary>The events that carry both a visitor and a contact id: what stitches visitors to people.</summary>
    private async Task<List<TrackedEvent>> IdentifiedEventsAsync(Workspace workspace)
    {
        var identified = new List<TrackedEvent>();
        await foreach (var (e, _) in events.ReadAsync(workspace, "contact_id IS NOT NULL AND visitor_id != ''").ConfigureAwait(false))
        {
            identified.Add(e);
        }

        return identified;
    }

    /// <summary>The import of each stored event of <paramref name="ids"/> (absent: collected live or not stored).</summary>
    private async Task<Dictionary<string, long>> EventImportsAsync(Workspace workspace, List<string> ids)
    {
        var imports = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(5000))
        {
            foreach (var r in await db.RowsAsync(
                "SELECT event_id, import_id FROM (SELECT event_id, import_id, deleted FROM event_keys FINAL WHERE workspace_id = $1 AND event_id IN $2) WHERE deleted = 0 AND import_id IS NOT NULL",
                workspace.Id,
                ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                imports[r[0]!] = ClickHouseDatabase.Number(r[1]);
            }
        }

        return imports;
    }

    private static string KindName(ReferralTouchKind kind) => kind switch
    {
        ReferralTouchKind.Click => "click",
        ReferralTouchKind.Event => "event",
        _ => "visit",
    };

    /// <summary>The advocate code in a URL's <c>ref</c> parameter, upper case; empty without one.</summary>
    private static string Code(string? url) => url is not null && RefParameter().Match(url) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : string.Empty;

    /// <summary>The <c>ref</c> parameter: what an advocate's code may hold (3 to 32 letters, digits, '-' or '_'), as the embedded store reads it.</summary>
    [GeneratedRegex(@"[?&]ref=([A-Za-z0-9_-]{3,32})(&|#|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex RefParameter();
}
