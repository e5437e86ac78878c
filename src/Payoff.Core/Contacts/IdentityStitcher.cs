using Payoff.Core.Events;
using Payoff.Core.Sessions;

namespace Payoff.Core.Contacts;

/// <summary>
/// Identity stitching: which visitor ids belong to one person, and who the people of a workspace are. This is the
/// reference every store adapter's derivation is tested against (the storage contract suite's stitching tests).
/// </summary>
/// <remarks>
/// <para>The rules (docs/METRICS.md "People, contacts, customers"):</para>
/// <list type="bullet">
/// <item>A person is a contact id — carried by any event (an identify, a form's lead, a server-side purchase) or
/// imported from a CRM — or an anonymous visitor with a conversion event (lead, customer, conversion) and no
/// contact id: its key is <see cref="AnonymousPrefix"/> followed by the visitor id.</item>
/// <item>A visitor belongs to every contact id any of its events carried (the identify rule: a browser later
/// identified with an e-mail or CRM id is that person's).</item>
/// <item>A conversion without a contact id goes to the contact its visitor is stitched to: the contact id of the
/// visitor's first event that carried one (earliest; at the same instant the ordinally smaller event id); a visitor
/// never identified keeps it as an anonymous person.</item>
/// <item>A person became a contact at the earliest of its first lead or customer event and the CRM's lead, created
/// and customer dates; a customer at the earliest of its first customer event and the CRM's customer date.</item>
/// <item>Its original source is <see cref="OriginalSource.Resolve"/> over the sessions of all its visitors.</item>
/// </list>
/// <para>Ids compare ordinally (case-sensitive, as stored). A conversion with neither a visitor id nor a contact id
/// belongs to no one; importers refuse such rows.</para>
/// </remarks>
public static class IdentityStitcher
{
    /// <summary>The key prefix of an anonymous person (a visitor with a conversion and no contact id).</summary>
    public const string AnonymousPrefix = "~visitor:";

    /// <summary>The contact id each identified visitor is stitched to: the id its first event carrying one carried.</summary>
    /// <param name="events">Stored events (each id once), in any order.</param>
    public static IReadOnlyDictionary<string, string> ContactOfVisitor(IEnumerable<TrackedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var stitched = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Chronological(events.Where(e => e.ContactId is not null && e.VisitorId is not null)))
        {
            stitched.TryAdd(e.VisitorId!, e.ContactId!);
        }

        return stitched;
    }

    /// <summary>The key of the person a conversion event belongs to, or <see langword="null"/> when it names neither visitor nor contact.</summary>
    public static string? PersonKey(TrackedEvent conversion, IReadOnlyDictionary<string, string> contactOfVisitor)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        ArgumentNullException.ThrowIfNull(contactOfVisitor);
        if (conversion.ContactId is { } contact)
        {
            return contact;
        }

        if (conversion.VisitorId is not { } visitor)
        {
            return null;
        }

        return contactOfVisitor.TryGetValue(visitor, out var stitched) ? stitched : AnonymousPrefix + visitor;
    }

    /// <summary>Derives the people of a workspace by the rules above, ordered by key (ordinal).</summary>
    /// <param name="events">The workspace's stored events (each id once), in any order.</param>
    /// <param name="sessions">The sessions of those events (<see cref="Sessionizer"/> with the workspace's timeout).</param>
    /// <param name="contacts">The stored CRM contacts, one per contact id.</param>
    public static IReadOnlyList<Person> People(IReadOnlyCollection<TrackedEvent> events, IEnumerable<Session> sessions, IEnumerable<CrmContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(contacts);
        var stitch = ContactOfVisitor(events);
        var crm = contacts.ToDictionary(c => c.ContactId, StringComparer.Ordinal);
        var conversions = events.Where(e => e.Type is EventType.Lead or EventType.Customer or EventType.Conversion)
            .Select(e => (Key: PersonKey(e, stitch), Event: e))
            .Where(c => c.Key is not null)
            .ToLookup(c => c.Key!, c => c.Event, StringComparer.Ordinal);
        var visitors = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.ContactId is not null && e.VisitorId is not null))
        {
            VisitorsOf(e.ContactId!).Add(e.VisitorId!);
        }

        foreach (var anonymous in conversions.Select(c => c.Key).Where(k => k.StartsWith(AnonymousPrefix, StringComparison.Ordinal)))
        {
            VisitorsOf(anonymous).Add(anonymous[AnonymousPrefix.Length..]);
        }

        var sessionsOf = sessions.ToLookup(s => s.VisitorId, StringComparer.Ordinal);
        return conversions.Select(c => c.Key).Union(crm.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key =>
            {
                var record = crm.GetValueOrDefault(key);
                var own = conversions[key].ToList();
                var ids = visitors.TryGetValue(key, out var set) ? set.ToList() : [];
                var (source, first) = OriginalSource.Resolve(record, ids.SelectMany(v => sessionsOf[v]), own);
                var anonymous = key.StartsWith(AnonymousPrefix, StringComparison.Ordinal) && record is null;
                return new Person(
                    key,
                    anonymous ? null : key,
                    ids,
                    Earliest(own.Where(e => e.Type is EventType.Lead or EventType.Customer).Select(e => (DateTimeOffset?)e.Timestamp).Append(record?.LeadAt).Append(record?.CreatedAt).Append(record?.CustomerAt)),
                    Earliest(own.Where(e => e.Type == EventType.Customer).Select(e => (DateTimeOffset?)e.Timestamp).Append(record?.CustomerAt)),
                    source,
                    first?.VisitorId,
                    first?.Start);
            })
            .ToList();

        SortedSet<string> VisitorsOf(string key)
        {
            if (!visitors.TryGetValue(key, out var set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                visitors[key] = set;
            }

            return set;
        }
    }

    private static IEnumerable<TrackedEvent> Chronological(IEnumerable<TrackedEvent> events) =>
        events.OrderBy(e => e.Timestamp).ThenBy(e => e.EventId, StringComparer.Ordinal);

    private static DateTimeOffset? Earliest(IEnumerable<DateTimeOffset?> instants) => instants.Where(t => t.HasValue).Min();
}
