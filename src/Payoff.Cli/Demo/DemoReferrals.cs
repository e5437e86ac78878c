using System.Globalization;
using Payoff.Core.Advocacy;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Demo;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Demo;

/// <summary>
/// The demo's two-way referral program (issue 19): five advocates, customers of the demo shop, whose friends act very
/// differently — MAYA has 12,400 followers and her friends barely convert; OLA has 140 and drives most customers; SAM
/// never shared. Friends arrive through the advocates' short links (a click, then a visit landing with <c>ref=CODE</c>),
/// some become leads and customers. The ledger shows every rule at work: the monthly cap, a friend who already was a
/// contact, and a friend whose device the advocate also signs in on (a self-referral). Deterministic for a seed and day.
/// </summary>
internal static class DemoReferrals
{
    /// <summary>The demo program's name (its links' <c>utm_campaign</c>).</summary>
    public const string ProgramName = "friends-2026";

    private static readonly (string Code, int? Followers, string? Network, int Friends, double LeadRate, double BuyRate)[] Advocates =
    [
        ("MAYA", 12_400, "instagram", 64, 0.06, 0.25),
        ("OLA", 140, "facebook", 30, 0.6, 0.7),
        ("RAFI", 2_100, "linkedin", 16, 0.3, 0.45),
        ("DEWI", 560, "tiktok", 9, 0.35, 0.6),
        ("SAM", 3_800, null, 0, 0, 0),
    ];

    /// <summary>Adds the program, advocates, their links, the friends' events and clicks, and creates the rewards (some approved and paid).</summary>
    public static async Task AddAsync(IStoreSession session, Workspace workspace, DemoOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var people = await session.People.ReadAsync(workspace, cancellationToken);
        var customers = people.Where(p => p.ContactId is not null && p.CustomerAt is not null).Select(p => p.ContactId!).Take(Advocates.Length).ToList();
        var leadOnly = people.FirstOrDefault(p => p.ContactId is not null && p.CustomerAt is null && p.ContactAt < workspace.Calendar.StartOfDay(today.AddDays(-200)))?.ContactId;
        if (customers.Count < Advocates.Length)
        {
            return;
        }

        var program = await session.Advocacy.AddProgramAsync(workspace, new ReferralProgram
        {
            Name = ProgramName,
            AdvocateReward = 20m,
            FriendReward = 10m,
            Currency = workspace.Currency,
            On = RewardTrigger.Customer,
            Cap = 4,
            From = today.AddDays(-180),
        } is var p ? p with { Disclosure = Application.Advocacy.AdvocacyHandler.DefaultDisclosure(p) } : null!, cancellationToken);
        var random = new Random(options.Seed + 19);
        var events = new List<TrackedEvent>();
        var clicks = new List<LinkClick>();
        var start = options.End.AddDays(-150);
        string? sharedDevice = null;
        for (var a = 0; a < Advocates.Length; a++)
        {
            var (code, followers, network, friends, leadRate, buyRate) = Advocates[a];
            var advocate = await session.Advocacy.AddAdvocateAsync(workspace, customers[a], code, followers, cancellationToken);
            if (network is null)
            {
                continue;
            }

            var tags = new LinkTags("referral", ChannelClassifier.AdvocateMedium, ProgramName, network);
            var destination = $"{options.SiteUrl}/spring?ref={advocate.Code}";
            var link = await session.Links.AddAsync(workspace, DemoLinks.SlugOf(workspace.Name, "ref-" + code.ToLowerInvariant()), destination, tags, cancellationToken);
            for (var i = 0; i < friends; i++)
            {
                var visitor = string.Create(CultureInfo.InvariantCulture, $"ref{options.Seed}-{code}-{i:D3}");
                var at = start + TimeSpan.FromDays(random.NextDouble() * 148) + TimeSpan.FromHours(8 + random.Next(12));
                var clickId = string.Create(CultureInfo.InvariantCulture, $"demo{options.Seed}-ref-{code}-{i:D3}");
                var landing = TaggedUrl.Build(link.Destination, link.Tags, (TrackedLink.ClickParameter, clickId));
                clicks.Add(new LinkClick { WorkspaceId = workspace.Id, ClickId = clickId, LinkId = link.Id, Timestamp = at, VisitorId = visitor, Destination = landing });
                events.Add(Event($"{visitor}-click", at, visitor, EventType.Click, landing, null, link.Slug));
                events.Add(Event($"{visitor}-0", at + TimeSpan.FromSeconds(2), visitor, EventType.Pageview, landing, null, null));
                events.Add(Event($"{visitor}-1", at + TimeSpan.FromSeconds(70), visitor, EventType.Pageview, options.SiteUrl + "/shop", null, null));
                if (random.NextDouble() >= leadRate)
                {
                    continue;
                }

                // RAFI's first converting friend already was a contact of the shop: the rewards are refused as "not a new friend".
                var contact = code == "RAFI" && leadOnly is not null && !events.Any(e => e.ContactId == leadOnly) ? leadOnly : $"F-{code}-{i:D3}";
                var leadAt = at + TimeSpan.FromMinutes(5 + random.Next(50));
                events.Add(Event($"{visitor}-lead", leadAt, visitor, EventType.Lead, options.SiteUrl + "/contact", contact, "contact-form"));
                if (random.NextDouble() >= buyRate && contact != leadOnly)
                {
                    continue;
                }

                var buyAt = leadAt + TimeSpan.FromDays(1 + (random.NextDouble() * 12));
                if (buyAt > options.End)
                {
                    continue;
                }

                events.Add(Event($"{visitor}-order", buyAt, visitor, EventType.Customer, null, contact, "order") with
                {
                    Value = Math.Round((decimal)(90 + (random.NextDouble() * 700)), 2),
                    Currency = workspace.Currency,
                    Source = TrafficSource.Direct,
                });
                if (code == "DEWI" && sharedDevice is null)
                {
                    // DEWI later signs in on the friend's device: the friend and the advocate share a visitor id (a self-referral).
                    sharedDevice = visitor;
                    events.Add(Event($"{visitor}-advocate", buyAt + TimeSpan.FromHours(3), visitor, EventType.Pageview, options.SiteUrl + "/account", customers[a], null));
                }
            }
        }

        var request = new ImportRequest(ImportKind.Events, "demo referral program", string.Create(CultureInfo.InvariantCulture, $"demo-referrals:{options.Seed}:{options.End:O}"), events.Count, 0);
        await session.Importing.WriteAsync(workspace, request, ImportRecords.Events, new InMemoryRows<TrackedEvent>([.. events.Where(e => e.Timestamp <= options.End).OrderBy(e => e.Timestamp)]), cancellationToken);
        await session.Ingest.ApplyAsync(clicks, cancellationToken);
        await Application.Advocacy.AdvocacyHandler.SyncRewardsAsync(session, workspace, cancellationToken);

        // The oldest earned rewards were paid, the next approved: the ledger shows every status with its history.
        var earned = (await session.Advocacy.RewardsAsync(workspace, program.Id, cancellationToken)).Where(r => r.Status == RewardStatus.Earned).ToList();
        foreach (var (reward, index) in earned.Select((r, i) => (r, i)))
        {
            if (index < earned.Count / 2)
            {
                await session.Advocacy.SetStatusAsync(workspace, reward.Id, RewardStatus.Approved, null, "demo", cancellationToken);
                if (index < earned.Count / 3)
                {
                    await session.Advocacy.SetStatusAsync(workspace, reward.Id, RewardStatus.Paid, null, "demo", cancellationToken);
                }
            }
        }
    }

    /// <summary>The demo's public handle (when no other workspace has it) and a link-in-bio page of three of its links.</summary>
    public static async Task AddPublicPagesAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken)
    {
        var handle = new string([.. workspace.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        if (handle.Length < 3 || await session.Advocacy.FindHandleAsync(handle, cancellationToken) is not null)
        {
            return;
        }

        await session.Advocacy.SetHandleAsync(workspace, handle, cancellationToken);
        var links = (await session.Links.ListAsync(workspace, cancellationToken)).Where(l => l.Tags.Medium != ChannelClassifier.AdvocateMedium).OrderBy(l => l.Id).Take(3).ToList();
        for (var i = 0; i < links.Count; i++)
        {
            var title = $"{char.ToUpperInvariant(links[i].Tags.Campaign[0])}{links[i].Tags.Campaign[1..].Replace('-', ' ')}";
            await session.Advocacy.SetBioLinkAsync(workspace, new BioLink(links[i].Id, title, null, i + 1), cancellationToken);
        }
    }

    private static TrackedEvent Event(string id, DateTimeOffset at, string visitor, EventType type, string? url, string? contact, string? name) => new()
    {
        EventId = id,
        Timestamp = at,
        VisitorId = visitor,
        Type = type,
        Url = url,
        ContactId = contact,
        Name = name,
        Source = ChannelClassifier.Default.Classify(url, null),
    };
}
