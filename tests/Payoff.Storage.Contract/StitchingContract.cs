using System.Globalization;
using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Sessions;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// Identity stitching and original source: the people a store derives (<see cref="IPeopleReader"/>) are exactly
/// those of Core's reference (<see cref="IdentityStitcher"/>), for hand-made and seeded random histories.
/// </summary>
public abstract class StitchingContract : StoreContract
{
    private static readonly string[] Urls =
    [
        "https://shop.example.com/",
        "https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring",
        "https://shop.example.com/?utm_source=linkedin&utm_medium=paid_social&utm_campaign=launch",
        "https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=brand",
        "https://shop.example.com/?utm_source=newsletter&utm_medium=email",
        "https://shop.example.com/?gclid=abc",
    ];

    private static readonly string?[] CrmSources = [null, null, "Organic Social", "Paid search", "Direct traffic", "Offline sources"];

    [Fact]
    public async Task A_visitor_identified_later_is_the_contact_and_its_first_visit_is_the_original_source()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var events = new[]
        {
            Some.Visit("e1", "v1", "2025-06-01T10:00:00Z", Urls[1]),
            Some.Visit("e2", "v2", "2025-06-03T10:00:00Z", Urls[3]),
            Some.Conversion("e3", "v2", "2025-06-03T10:05:00Z", EventType.Lead, contact: "ana"),
            Some.Visit("e4", "v1", "2025-06-04T09:00:00Z", Urls[0], contact: "ana"),
            Some.Conversion("e5", "v1", "2025-06-05T09:00:00Z", EventType.Customer, value: 40m),
        };

        var people = await AgreeAsync(session, workspace, [events], []);

        var ana = Assert.Single(people);
        Assert.Equal(("ana", "v1,v2", "facebook", "v1"), (ana.Key, string.Join(',', ana.VisitorIds), ana.OriginalSource.Source, ana.FirstVisitorId));
        Assert.Equal((Some.Instant("2025-06-03T10:05:00Z"), Some.Instant("2025-06-05T09:00:00Z")), (ana.ContactAt, ana.CustomerAt));
    }

    [Fact]
    public async Task The_crm_original_source_wins_and_a_contact_with_no_visit_is_offline()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, "Europe/Warsaw");
        var events = new[]
        {
            Some.Visit("e1", "v1", "2025-06-01T10:00:00Z", Urls[3], contact: "101"),
            Some.Conversion("e2", null, "2025-06-02T10:00:00Z", EventType.Conversion, contact: "104", url: Urls[4]),
            Some.Conversion("e3", "v9", "2025-06-02T11:00:00Z", EventType.Lead),
        };
        var contacts = new[]
        {
            Some.Contact("101", created: "2025-05-02T10:15:00Z", originalSource: "Organic Social"),
            Some.Contact("102", lead: "2025-05-03T11:00:00Z"),
        };

        var people = await AgreeAsync(session, workspace, [events], [contacts]);

        Assert.Equal(["101", "102", "104", "~visitor:v9"], people.Select(p => p.Key));
        Assert.Equal(["Organic Social", "Offline", "Email", "Direct"], people.Select(p => p.OriginalSource.Channel));
        Assert.Null(people[0].FirstVisitorId);
        Assert.Null(people[3].ContactId);
    }

    [Fact]
    public async Task A_conversion_without_an_id_goes_to_the_contact_its_visitor_carried_first()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var events = new[]
        {
            Some.Visit("e1", "v1", "2025-06-01T10:00:00Z", Urls[2], contact: "bo"),
            Some.Visit("e2", "v1", "2025-06-01T10:00:00Z", Urls[2], contact: "al"),
            Some.Conversion("e3", "v1", "2025-06-02T10:00:00Z", EventType.Customer, value: 10m),
        };

        var people = await AgreeAsync(session, workspace, [events], []);

        var bo = Assert.Single(people);
        Assert.Equal(("bo", "v1"), (bo.Key, string.Join(',', bo.VisitorIds)));
    }

    [Fact]
    public async Task Random_histories_imported_in_several_files_agree_with_the_reference()
    {
        await using var session = await OpenAsync();
        var random = new Random(14);
        for (var round = 0; round < 8; round++)
        {
            var workspace = await session.Workspaces.CreateAsync(
                string.Create(CultureInfo.InvariantCulture, $"random-{round}"), round % 2 == 0 ? "UTC" : "Europe/Warsaw", "USD");
            var events = RandomEvents(random, round);
            var files = 1 + random.Next(3);
            var batches = events.Chunk((events.Length + files - 1) / files).ToList();
            var contacts = Enumerable.Range(0, 2).Select(_ => RandomContacts(random)).ToList();

            await AgreeAsync(session, workspace, batches, contacts);
        }
    }

    /// <summary>Imports the batches and contact files in order, reads the store's people and asserts they are the reference's.</summary>
    private static async Task<IReadOnlyList<Person>> AgreeAsync(IStoreSession session, Workspace workspace, IReadOnlyList<TrackedEvent[]> batches, IReadOnlyList<CrmContact[]> contactFiles)
    {
        foreach (var batch in batches)
        {
            await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, batch.Length), batch);
        }

        foreach (var file in contactFiles)
        {
            await session.Importing.WriteContactsAsync(workspace, Some.Request(ImportKind.Contacts, file.Length), file);
        }

        var stored = batches.SelectMany(b => b).DistinctBy(e => e.EventId).ToList();
        var sessionizer = new Sessionizer(new SessionOptions { Timeout = workspace.SessionTimeout });
        var sessions = stored.Where(e => e.VisitorId is not null && e.Type.IsHit())
            .GroupBy(e => e.VisitorId!)
            .SelectMany(g => sessionizer.Sessionize(g.Key, g));
        var contacts = contactFiles.SelectMany(f => f).GroupBy(c => c.ContactId).Select(g => g.Last());
        var expected = IdentityStitcher.People(stored, sessions, contacts);

        var actual = await session.People.ReadAsync(workspace);

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        return actual;
    }

    private static string Describe(Person p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Key} contact={p.ContactId} visitors=[{string.Join(',', p.VisitorIds)}] contactAt={p.ContactAt?.UtcDateTime:O} customerAt={p.CustomerAt?.UtcDateTime:O} " +
        $"source={p.OriginalSource.Channel}/{p.OriginalSource.Network}/{p.OriginalSource.Source}/{p.OriginalSource.Medium}/{p.OriginalSource.Campaign}/{p.OriginalSource.Content}/{p.OriginalSource.Term} " +
        $"first={p.FirstVisitorId}@{p.FirstSessionAt?.UtcDateTime:O}");

    private static TrackedEvent[] RandomEvents(Random random, int round)
    {
        var start = new DateTimeOffset(2025, 3, 28, 20, 0, 0, TimeSpan.Zero);
        var events = new TrackedEvent[20 + random.Next(40)];
        for (var i = 0; i < events.Length; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"r{round}-e{random.Next(1000):D3}");
            var at = start.AddMinutes(random.Next(3 * 24 * 4) * 15).ToString("O", CultureInfo.InvariantCulture);
            var visitor = random.Next(8) == 0 ? null : $"v{random.Next(6)}";
            var contact = random.Next(4) == 0 ? $"c{random.Next(4)}" : null;
            var url = Urls[random.Next(Urls.Length)];
            var type = random.Next(10) switch { < 6 => EventType.Pageview, 6 => EventType.Lead, 7 => EventType.Customer, 8 => EventType.Conversion, _ => EventType.Outbound };
            if (visitor is null && (type.IsHit() || type == EventType.Outbound || contact is null))
            {
                type = EventType.Conversion;
                contact ??= $"c{random.Next(4)}";
            }

            events[i] = type.IsHit() || type == EventType.Outbound
                ? Some.Visit(id, visitor!, at, url, contact) with { Type = type }
                : Some.Conversion(id, visitor, at, type, contact, type == EventType.Lead ? null : random.Next(100), url);
        }

        return events;
    }

    private static CrmContact[] RandomContacts(Random random) =>
        Enumerable.Range(0, 6).Where(_ => random.Next(2) == 0).Select(i => Some.Contact(
            i < 4 ? $"c{i}" : $"crm{i}",
            created: random.Next(2) == 0 ? null : "2025-03-29T23:30:00Z",
            lead: random.Next(3) == 0 ? "2025-03-27T08:00:00Z" : null,
            customer: random.Next(4) == 0 ? "2025-03-30T12:00:00Z" : null,
            originalSource: CrmSources[random.Next(CrmSources.Length)])).ToArray();
}
