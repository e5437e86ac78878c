using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Attribution;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Contacts;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Social;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;
using Payoff.Testing.ClickHouse;

namespace Payoff.Storage.Contract.ClickHouse;

/// <summary>
/// The same history written to the embedded store and to the two-shard ClickHouse cluster through the contracts gives the
/// same answer from every reader both engines serve, as JSON (so a decimal's scale counts too): random visits over a
/// daylight-saving change, conversions, identifications, link clicks landed through the live path, CRM contacts, costs,
/// metrics, imported traffic and logged time — before and after an undo.
/// </summary>
public sealed class ClickHouseParityTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };
    private static readonly string[] Urls =
    [
        "https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=Spring",
        "https://shop.example.com/?utm_source=Facebook&utm_medium=paid_social&utm_campaign=spring",
        "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=launch&utm_content=video",
        "https://shop.example.com/?gclid=abc",
        "https://shop.example.com/blog",
        "https://shop.example.com/?utm_source=newsletter&utm_medium=email",
        "https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_content=Post%200",
        "https://shop.example.com/?ref=ana1&utm_source=instagram&utm_medium=social",
        "https://shop.example.com/blog?x=1&ref=BOB22#top",
        "https://shop.example.com/?ref=stranger",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("payoff-parity-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 4, 20, 12, 0, 0, TimeSpan.Zero));

    [ClickHouseFact]
    public async Task Every_reader_answers_as_the_embedded_store_does()
    {
        using var duck = DuckDbStore.Open(Path.Combine(folder, "parity.db"), time);
        using var house = ClickHouseStores.Create(time);
        await using var d = await duck.OpenSessionAsync();
        await using var c = await house.OpenSessionAsync();
        var history = History(new Random(21));
        var wd = await WriteAsync(d, history);
        var wc = await WriteAsync(c, history);

        await AgreeAsync(d, wd, c, wc, "after the writes");

        // The contacts, the costs and the repeated events file taken back (newest first, as the undo rules ask).
        var undone = (await d.Importing.ListAsync(wd)).Where(r => r.Kind is ImportKind.Contacts or ImportKind.Costs || (r.Kind == ImportKind.Events && r.Imported == 0)).ToList();
        foreach (var import in undone)
        {
            await d.Importing.UndoAsync(wd, import.Id);
            await c.Importing.UndoAsync(wc, import.Id);
        }

        await AgreeAsync(d, wd, c, wc, $"after undoing imports {string.Join(", ", undone.Select(r => r.Id))}");

        // A new time zone cuts every stored local day again.
        wd = await d.Workspaces.UpdateAsync(wd with { TimeZone = "America/New_York" });
        wc = await c.Workspaces.UpdateAsync(wc with { TimeZone = "America/New_York" });
        await AgreeAsync(d, wd, c, wc, "after moving the workspace to New York");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed record Written(List<TrackedEvent[]> Files, List<CrmContact> Contacts, List<AdCost> Costs, List<AccountMetric> Metrics, List<Core.Traffic.TrafficRow> Traffic, List<TimeEntry> Time, List<(string Slug, string Visitor, DateTimeOffset At, string? Landing)> Clicks);

    private static Written History(Random random)
    {
        var start = new DateTimeOffset(2025, 3, 27, 20, 0, 0, TimeSpan.Zero);
        var events = new List<TrackedEvent>();
        for (var i = 0; i < 400; i++)
        {
            var at = start.AddMinutes(random.Next(10 * 24 * 60)).AddMilliseconds(random.Next(1000));
            var visitor = random.Next(12) == 0 ? null : $"v{random.Next(40)}";
            var contact = random.Next(6) == 0 ? $"c{random.Next(10)}" : null;
            var url = Urls[random.Next(Urls.Length)];
            var type = random.Next(12) switch { < 8 => EventType.Pageview, 8 => EventType.Lead, 9 => EventType.Customer, 10 => EventType.Conversion, _ => EventType.Outbound };
            if (visitor is null && (type.IsHit() || type == EventType.Outbound || contact is null))
            {
                type = EventType.Conversion;
                contact ??= $"c{random.Next(10)}";
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"e{random.Next(2000):D4}");
            events.Add(type.IsHit() || type == EventType.Outbound
                ? Some.Visit(id, visitor!, at.ToString("O", CultureInfo.InvariantCulture), url, contact) with { Type = type }
                : Some.Conversion(id, visitor, at.ToString("O", CultureInfo.InvariantCulture), type, contact, type == EventType.Lead ? null : random.Next(1000) / 10m, url)
                    with { Name = type == EventType.Conversion ? (random.Next(2) == 0 ? "Signup" : "signup") : null });
        }

        var contacts = Enumerable.Range(0, 12).Select(i => Some.Contact(
            $"c{i}",
            created: "2025-03-26T10:00:00Z",
            lead: random.Next(2) == 0 ? $"2025-03-{28 + random.Next(3)}T0{random.Next(10)}:15:00Z" : null,
            customer: random.Next(3) == 0 ? "2025-04-02T12:00:00Z" : null,
            originalSource: random.Next(3) == 0 ? "PAID_SEARCH" : null) with { Revenue = random.Next(4) == 0 ? 250.5m : null }).ToList();
        var costs = Enumerable.Range(0, 20).Select(i => Some.Cost($"2025-03-{27 + (i % 5)}", i % 2 == 0 ? "Facebook" : "LinkedIn", i % 3 == 0 ? string.Empty : "Spring", 10.25m * (i + 1))).ToList();
        var metrics = Enumerable.Range(0, 12).Select(i => new AccountMetric(new DateOnly(2025, 3, 27).AddDays(i % 6), i % 2 == 0 ? "Facebook" : "Instagram", "shop", i % 3 == 0 ? "followers" : "impressions", "page_impressions", 100 + i)).ToList();
        var traffic = new List<Core.Traffic.TrafficRow>
        {
            new(new DateOnly(2025, 3, 27), new DateOnly(2025, 3, 27), "source / medium", "facebook / paid_social", 40, 20, 3, 120.5m),
            new(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), "channel", "Organic Search", 400, null, null, null),
        };
        var loggedTime = Enumerable.Range(0, 6).Select(i => new TimeEntry(0, i % 2 == 0 ? "Facebook" : "LinkedIn", "ana", new DateOnly(2025, 3, 27).AddDays(i), 30 + i, null)).ToList();
        var clicks = Enumerable.Range(0, 8).Select(i => ($"go{i % 3}", $"h_{i}", start.AddHours(5 + (i * 7)), i % 2 == 0 ? $"v{i}" : null)).Select(t => (t.Item1, t.Item2, t.Item3, (string?)t.Item4)).ToList();
        return new([.. events.Chunk(150)], contacts, costs, metrics, traffic, loggedTime, clicks);
    }

    // Threads on two networks: questions, answers (some after a day), mentions, comments on posts, in two languages.
    private static IEnumerable<Core.Conversations.ScoredMessage> Messages()
    {
        var start = new DateTimeOffset(2025, 3, 28, 7, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
        {
            var inbound = i % 3 != 2;
            var message = new Core.Conversations.ConversationMessage
            {
                Network = i % 4 == 0 ? "instagram" : "Facebook",
                ThreadId = $"t{i / 3}",
                MessageId = $"m{i}",
                Direction = inbound ? Core.Conversations.MessageDirection.Inbound : Core.Conversations.MessageDirection.Outbound,
                CreatedAt = start.AddHours(i * 5).AddMinutes(i % 7),
                Text = inbound ? (i % 5 == 0 ? "Terrible delivery, parcel lost again" : "Świetna obsługa, dziękuję") : "Sorry, we are on it",
                Kind = i % 9 == 0 ? Core.Conversations.MessageKind.Mention : Core.Conversations.MessageKind.Comment,
                PostId = i % 2 == 0 ? $"p{i % 4}" : null,
            };
            yield return new Core.Conversations.ScoredMessage(
                message,
                $"hash{i % 7}",
                null,
                i % 5 == 0 ? "en" : "pl",
                inbound ? (i % 5 == 0 ? Core.Conversations.SentimentAnalysis.Sentiment.Negative : Core.Conversations.SentimentAnalysis.Sentiment.Positive) : null,
                inbound ? 0.1 * (i % 10) : null);
        }
    }

    // Two exports: posts (one repeated, one without a time, links in their text), metrics and an audience list; the second
    // replaces a post's numbers and one audience dimension whole.
    private static IEnumerable<SocialRecord[]> SocialFiles()
    {
        for (var file = 0; file < 2; file++)
        {
            var records = new List<SocialRecord>();
            for (var i = 0; i < 6; i++)
            {
                records.Add(new SocialRecord
                {
                    Post = new SocialPost
                    {
                        Network = (i % 3) switch { 0 => "Facebook", 1 => "Instagram", _ => i == 5 ? "linkedin" : "LinkedIn" },
                        Account = "shop",
                        PostId = $"p{i + file}",
                        PublishedAt = new DateTimeOffset(2025, 3, 27, 9 + i, 30, 0, TimeSpan.Zero).AddDays(i),
                        TimeUnknown = i == 3,
                        Type = i % 2 == 0 ? "photo" : "video",
                        Labels = i % 2 == 0 ? "Spring, promo" : " promo ,Promo, ",
                        Text = i switch
                        {
                            0 => "New in! https://shop.example.com/?utm_content=post%200&utm_source=fb and https://pay.example/l/go0 #Spring #café",
                            3 => "New in! https://pay.example/l/go1 #spring",
                            2 => "Watch https://shop.example.com/?utm_source=linkedin&utm_content=video #Launch #spring",
                            _ => $"Hello #Spring{i % 2} #spring how to",
                        },
                        Impressions = 100 * (i + 1) + file,
                        Reach = i % 2 == 0 ? 50 + i : null,
                        Views = i == 4 ? 500 : null,
                        Likes = i == 2 ? null : 10 + i,
                        Comments = i == 2 ? null : i % 3,
                        Clicks = 3,
                        HashtagClicks = i == 4 ? 7 : null,
                    },
                });
            }

            records.Add(records[0]);
            records.Add(new SocialRecord { Metric = new AccountMetric(new DateOnly(2025, 3, 29), "Facebook", "shop", "followers", "page_fans", 1000 + file) });
            foreach (var (value, position) in new[] { ("18-24", 1), ("25-34", 2), ("Other", 3) }.Take(3 - file))
            {
                records.Add(new SocialRecord { Audience = new Core.Audience.AudienceRow("Facebook", "shop", "followers", "age", value, 100 * position, 0.125m * position, new DateOnly(2025, 3, 30), "age", position) });
            }

            yield return [.. records];
        }
    }

    private static async Task<Workspace> WriteAsync(IStoreSession session, Written history)
    {
        var workspace = await session.Workspaces.CreateAsync("parity", "Europe/Warsaw", "USD");
        foreach (var file in history.Files)
        {
            await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, file.Length), file);
        }

        // The first file again: all duplicates.
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, history.Files[0].Length), history.Files[0]);
        await session.Importing.WriteContactsAsync(workspace, Some.Request(ImportKind.Contacts, history.Contacts.Count), history.Contacts);
        await session.Importing.WriteCostsAsync(workspace, Some.Request(ImportKind.Costs, history.Costs.Count), Some.Rows([.. history.Costs]));
        await session.Importing.WriteMetricsAsync(workspace, Some.Request(ImportKind.Metrics, history.Metrics.Count), Some.Rows([.. history.Metrics]));
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.Ga4Traffic, history.Traffic.Count), ImportRecords.Traffic, Some.Rows([.. history.Traffic]));
        foreach (var entry in history.Time)
        {
            await session.CostSetup.LogAsync(workspace, entry);
        }

        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("ana", 42.5m, "USD"));
        await session.Conversations.SettingsAsync(workspace);
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.Conversations, 60), ImportRecords.Conversations, Some.Rows([.. Messages()]));
        foreach (var file in SocialFiles())
        {
            await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaPosts, file.Length), ImportRecords.Social, Some.Rows(file));
        }

        var links = new Dictionary<string, TrackedLink>(StringComparer.Ordinal);
        foreach (var slug in history.Clicks.Select(c => c.Slug).Distinct())
        {
            links[slug] = await session.Links.AddAsync(workspace, slug, slug == "go2" ? "https://shop.example.com/landing?ref=ana1" : "https://shop.example.com/landing", new LinkTags("facebook", "social", "spring", slug == "go1" ? "Spring Reel" : null));
        }

        var batch = new List<IngestRecord>();
        foreach (var (slug, visitor, at, landing) in history.Clicks)
        {
            var clickId = $"k-{visitor}";
            batch.Add(new LinkClick
            {
                WorkspaceId = workspace.Id,
                ClickId = clickId,
                LinkId = links[slug].Id,
                Timestamp = at,
                VisitorId = visitor,
                Destination = "https://shop.example.com/landing",
                SpooledEvent = new TrackedEvent
                {
                    EventId = LinkClick.EventIdOf(clickId),
                    Timestamp = at,
                    VisitorId = visitor,
                    Type = EventType.Click,
                    Name = slug,
                    Url = "https://shop.example.com/landing",
                    Source = ChannelClassifier.Default.Classify("https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring", null),
                },
            });
            if (landing is not null)
            {
                batch.Add(new CollectedEvent
                {
                    WorkspaceId = workspace.Id,
                    ClickRef = clickId,
                    Event = Some.Visit($"land-{visitor}", landing, at.AddSeconds(2).ToString("O", CultureInfo.InvariantCulture), "https://shop.example.com/landing"),
                });
            }
        }

        await session.Ingest.ApplyAsync(batch);
        await session.Ingest.ApplyAsync(batch);

        // Advocates with codes the history's URLs and one link carry, a program, rewards in each status, the public pages.
        var ana = await session.Advocacy.AddAdvocateAsync(workspace, "c1", "ana1", 300);
        var bob = await session.Advocacy.AddAdvocateAsync(workspace, "c2", "BOB22", null);
        var program = await session.Advocacy.AddProgramAsync(workspace, new Core.Advocacy.ReferralProgram { Name = "Friends", AdvocateReward = 10m, FriendReward = 5.5m, Currency = "USD", On = Core.Advocacy.RewardTrigger.Lead });
        foreach (var (advocate, friend, import) in new[] { (ana, "c5", (long?)null), (bob, "c6", 3L), (ana, "c7", 3L) })
        {
            var action = new Core.Advocacy.FriendAction($"{friend}:lead", friend, new DateTimeOffset(2025, 3, 29, 10, 0, 0, TimeSpan.Zero), new DateOnly(2025, 3, 29), [], null, import);
            await session.Advocacy.RecordAsync(workspace, Core.Advocacy.RewardRules.Decide(program, advocate, [], action, await session.Advocacy.RewardsAsync(workspace)));
        }

        await session.Advocacy.SetStatusAsync(workspace, 1, Core.Advocacy.RewardStatus.Approved, null, "owner");
        await session.Advocacy.SetStatusAsync(workspace, 2, Core.Advocacy.RewardStatus.Voided, "a duplicate", "owner");
        await session.Advocacy.VoidImportAsync(workspace, 3, "import #3 undone");
        await session.Advocacy.SetHandleAsync(workspace, "Parity");
        await session.Advocacy.SetBioLinkAsync(workspace, new Core.Advocacy.BioLink(links["go1"].Id, "Spring", null, 1));
        return workspace;
    }

    // The contracts leave the order of these rows open (the reports order them): compared in one order.
    private static object Sorted(SourceSums sums) => new
    {
        Rows = sums.Rows.OrderBy(r => r.Item1).ThenBy(r => JsonSerializer.Serialize(r.Item2, Json), StringComparer.Ordinal).ToList(),
        sums.UnconvertedRevenue,
        Imported = sums.Imported.Rows.Select(r => JsonSerializer.Serialize(r, Json)).Order(StringComparer.Ordinal).ToList(),
        Tracked = sums.Imported.TrackedDays.Order().ToList(),
    };

    private static object Sorted((Core.Ledger.LedgerData Data, Core.Ledger.DataCoverage Coverage) ledger) => new
    {
        Web = ledger.Data.Web.Select(w => JsonSerializer.Serialize(w, Json)).Order(StringComparer.Ordinal).ToList(),
        Money = ledger.Data.Money.Select(m => JsonSerializer.Serialize(m, Json)).Order(StringComparer.Ordinal).ToList(),
        Conversions = ledger.Data.Conversions.Select(c => JsonSerializer.Serialize(c, Json)).Order(StringComparer.Ordinal).ToList(),
        Social = ledger.Data.Social.Select(c => JsonSerializer.Serialize(c, Json)).Order(StringComparer.Ordinal).ToList(),
        ledger.Data.Time,
        ledger.Data.Recurrences,
        ledger.Data.Rates,
        ledger.Data.Fees,
        ledger.Data.Values,
        ledger.Data.CurrencyRates,
        ledger.Coverage.WorkspaceFirstDay,
        Networks = ledger.Coverage.NetworkFirstDays.OrderBy(n => n.Key, StringComparer.Ordinal).ToList(),
    };

    private static async Task AgreeAsync(IStoreSession d, Workspace wd, IStoreSession c, Workspace wc, string when)
    {
        var whole = new DateRange(new DateOnly(2025, 3, 20), new DateOnly(2025, 4, 10));
        var (lo, hi) = wd.Calendar.Range(whole.From, whole.To);
        var dayBuckets = Enumerable.Range(0, 10).Select(i => wd.Calendar.Range(new DateOnly(2025, 3, 27).AddDays(i), new DateOnly(2025, 3, 27).AddDays(i))).Select(r => (r.Start, r.End)).ToList();
        var hourBuckets = Enumerable.Range(0, 6).Select(i => (lo.AddHours(170 + (i * 11)), lo.AddHours(181 + (i * 11)))).ToList();
        foreach (var grouping in Enum.GetValues<SourcesGrouping>())
        {
            foreach (var buckets in new[] { dayBuckets, hourBuckets, [(lo, hi)] })
            {
                await SameAsync($"sources {grouping} {buckets.Count}", async s => Sorted(await s.Sources.ReadAsync(Ws(s), buckets, grouping, null)));
                await SameAsync($"sources {grouping} facebook", async s => Sorted(await s.Sources.ReadAsync(Ws(s), buckets, grouping, "facebook")));
            }
        }

        await SameAsync("ledger", async s => Sorted(await s.Ledger.ReadWithCoverageAsync(Ws(s), whole)));
        await SameAsync("people", s => s.People.ReadAsync(Ws(s)));
        await SameAsync("data days", async s => (await s.DataDays.ReadAsync(Ws(s), whole)).Order().ToList());
        await SameAsync("links", s => s.LinkResults.ReadAsync(Ws(s), whole));
        await SameAsync("network names", s => s.NetworkNames.ReadAsync(Ws(s)));
        await SameAsync("audience", s => s.Audience.ReadAsync(Ws(s)));
        await SameAsync("audience facebook", s => s.Audience.ReadAsync(Ws(s), "facebook"));
        await SameAsync("status", s => s.Status.ReadAsync(Ws(s)));
        await SameAsync("imports", async s => (await s.Importing.ListAsync(Ws(s))).Select(r => r with { FileName = string.Empty, Sha256 = string.Empty }).ToList());
        foreach (var grouping in Enum.GetValues<CostsGrouping>())
        {
            await SameAsync($"costs {grouping}", s => s.Costs.ReadAsync(Ws(s), whole, grouping));
        }

        foreach (var grouping in Enum.GetValues<SocialGrouping>())
        {
            await SameAsync($"social {grouping}", s => s.Social.ReadAsync(Ws(s), whole, grouping));
        }

        foreach (var conversion in new[] { "lead", "customer", "signup" })
        {
            foreach (var by in new[] { "network", "channel", "campaign" })
            {
                await SameAsync($"journeys {conversion} {by}", s => s.Journeys.ReadEventsAsync(Ws(s), new JourneyQuery(whole, conversion, by, 30)));
            }
        }

        var conversations = new Core.Conversations.ConversationFilter(whole);
        foreach (var bucket in Enum.GetValues<Core.Conversations.ConversationBucket>())
        {
            // Ordered by period and network; the order within them is open.
            await SameAsync($"conversation counts {bucket}", async s => (await s.ConversationReports.ReadCountsAsync(Ws(s), conversations, bucket)).Select(c => JsonSerializer.Serialize(c, Json)).Order(StringComparer.Ordinal).ToList());
        }

        await SameAsync("negative words", s => s.ConversationReports.ReadNegativeWordsAsync(Ws(s), new Core.Conversations.ConversationFilter(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 10))), new DateRange(new DateOnly(2025, 3, 20), new DateOnly(2025, 3, 31)), 5));
        await SameAsync("discussed posts", s => s.ConversationReports.ReadPostsAsync(Ws(s), conversations with { Network = "facebook" }, 3));
        await SameAsync("service requests", s => s.Service.ReadRequestsAsync(Ws(s), conversations));
        await SameAsync("conversation list", async s => (await s.Conversations.ListAsync(Ws(s), conversations, 25)).ToList());
        await SameAsync("conversion error", s => s.Journeys.ConversionErrorAsync(Ws(s), "nothing"));
        await ContentAgreesAsync(d, wd, c, wc, when);
        // Not compared empty: the history gives touches of every kind, friends with sessions, and candidates.
        var referrals = await d.Advocacy.ReadReferralsAsync(wd);
        Assert.Equal(3, referrals.Touches.Select(t => t.Kind).Distinct().Count());
        Assert.Contains(referrals.Friends, f => f.Sessions.Count > 0 && f.ContactId is not null);
        Assert.NotEmpty(await d.Advocacy.ReadCustomersAsync(wd, new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero)));
        await SameAsync("referrals", s => s.Advocacy.ReadReferralsAsync(Ws(s)));
        await SameAsync("advocate candidates", s => s.Advocacy.ReadCustomersAsync(Ws(s), new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero)));
        await SameAsync("advocates", s => s.Advocacy.AdvocatesAsync(Ws(s)));
        await SameAsync("programs", s => s.Advocacy.ProgramsAsync(Ws(s)));
        await SameAsync("rewards", s => s.Advocacy.RewardsAsync(Ws(s)));
        await SameAsync("reward history", async s => await Task.WhenAll(Enumerable.Range(1, 6).Select(id => s.Advocacy.HistoryAsync(Ws(s), id))));
        await SameAsync("handle", async s => (await s.Advocacy.HandleAsync(Ws(s)), await s.Advocacy.FindHandleAsync("PARITY") == Ws(s).Id));
        await SameAsync("bio links", s => s.Advocacy.BioLinksAsync(Ws(s)));

        Workspace Ws(IStoreSession s) => ReferenceEquals(s, d) ? wd : wc;

        async Task SameAsync<T>(string what, Func<IStoreSession, Task<T>> read) => Same(what, when, JsonSerializer.Serialize(await read(d), Json), JsonSerializer.Serialize(await read(c), Json));
    }

    private static async Task ContentAgreesAsync(IStoreSession d, Workspace wd, IStoreSession c, Workspace wc, string when)
    {
        var bases = new Dictionary<string, Core.Content.EngagementBasis>(StringComparer.OrdinalIgnoreCase)
        {
            ["facebook"] = Core.Content.EngagementBasis.Impressions,
            ["Instagram"] = Core.Content.EngagementBasis.Reach,
            ["linkedin"] = Core.Content.EngagementBasis.Impressions,
        };
        var whole = new DateRange(new DateOnly(2025, 3, 20), new DateOnly(2025, 4, 10));
        foreach (var filter in new[]
        {
            new Core.Content.ContentFilter(whole, null) { Labels = Core.Content.LabelRule.Parse("howto=how to,sale=new in", "--label") },
            new Core.Content.ContentFilter(whole, " LinkedIn "),
            new Core.Content.ContentFilter(new DateRange(new DateOnly(2025, 3, 29), new DateOnly(2025, 4, 1)), null),
        })
        {
            var what = $"content {filter.Network} {filter.Range}";
            await SameAsync($"{what} bases", s => s.Content.ReadBasesAsync(Ws(s), filter));
            foreach (var metric in Enum.GetValues<Core.Content.ContentMetric>())
            {
                await SameAsync($"{what} ranked {metric}", s => s.Content.ReadRankedAsync(Ws(s), filter, bases, metric, 2));
                await SameAsync($"{what} slots {metric}", s => s.Content.ReadSlotsAsync(Ws(s), filter, bases, metric));
            }

            foreach (var grouping in Enum.GetValues<Core.Content.ContentGrouping>().Where(g => g != Core.Content.ContentGrouping.Post))
            {
                await SameAsync($"{what} groups {grouping}", s => s.Content.ReadGroupsAsync(Ws(s), filter, bases, grouping));
                await SameAsync($"{what} rates {grouping}", async s => (await s.Content.ReadRatesAsync(Ws(s), filter, bases, grouping)).Select(r => JsonSerializer.Serialize(r, Json)).Order(StringComparer.Ordinal).ToList());
                foreach (var metric in new[] { Core.Content.ContentMetric.EngagementRate, Core.Content.ContentMetric.Visits, Core.Content.ContentMetric.Leads })
                {
                    await SameAsync($"{what} values {grouping} {metric}", async s => (await s.Content.ReadValuesAsync(Ws(s), filter, bases, grouping, metric))
                        .Select(v => JsonSerializer.Serialize(v with { Values = [.. v.Values.Order()] }, Json)).Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        Workspace Ws(IStoreSession s) => ReferenceEquals(s, d) ? wd : wc;

        async Task SameAsync<T>(string what, Func<IStoreSession, Task<T>> read) => Same(what, when, JsonSerializer.Serialize(await read(d), Json), JsonSerializer.Serialize(await read(c), Json));
    }

    private static void Same(string what, string when, string expected, string actual)
    {
        var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
        var from = Math.Max(0, at - 300);
        Assert.True(
            expected == actual,
            $"{what} {when}, from character {from}:\nDuckDB:     {expected[from..Math.Min(expected.Length, at + 300)]}\nClickHouse: {actual[from..Math.Min(actual.Length, at + 300)]}");
    }
}
