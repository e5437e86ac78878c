using Payoff.Core.Advocacy;
using Payoff.Core.Channels;
using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Import;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IAdvocacyStore"/>: advocates' codes and contacts are unique, programs keep their exact amounts and rules, a
/// reward is stored once per program, side and action (a replay adds nothing), statuses change with their history, and
/// undoing an import voids its rewards with the reason; imported visits that land with <c>ref=CODE</c> are referral touches,
/// counted once however often their file is imported.
/// </summary>
public abstract class AdvocacyStoreContract : StoreContract
{
    private static readonly ReferralProgram Program = new()
    {
        Name = "Friends 2026", AdvocateReward = 12.50m, FriendReward = 7.25m, Currency = "EUR", On = RewardTrigger.Customer,
        Cap = 3, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 12, 31), Disclosure = "Both of you get a voucher.",
    };

    [Fact]
    public async Task Advocates_have_unique_codes_and_contacts_and_programs_keep_their_rules()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, currency: "EUR");

        var anna = await session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "anna7", 120);
        var program = await session.Advocacy.AddProgramAsync(workspace, Program);

        Assert.Equal("ANNA7", anna.Code);
        Assert.Equal(anna, Assert.Single(await session.Advocacy.AdvocatesAsync(workspace)));
        Assert.Contains("ANNA7 is taken", (await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.AddAdvocateAsync(workspace, "c-bob", "Anna7", null))).Message, StringComparison.Ordinal);
        Assert.Contains("already is an advocate", (await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "OTHER", null))).Message, StringComparison.Ordinal);
        Assert.Equal(Program with { Id = program.Id }, Assert.Single(await session.Advocacy.ProgramsAsync(workspace)));
        await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.AddProgramAsync(workspace, Program with { Name = "FRIENDS 2026" }));
        Assert.Empty(await session.Advocacy.AdvocatesAsync(await session.Workspaces.CreateAsync("other", "UTC", "USD")));
    }

    [Fact]
    public async Task A_reward_is_stored_once_its_status_changes_with_history_and_an_undone_import_voids_it()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, currency: "EUR");
        var anna = await session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "ANNA7", null);
        var program = await session.Advocacy.AddProgramAsync(workspace, Program);
        var action = new FriendAction("c1:customer", "c1", new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero), new DateOnly(2026, 3, 3), [], null, 41);
        var entries = RewardRules.Decide(program, anna, [], action, await session.Advocacy.RewardsAsync(workspace));

        Assert.Equal(2, await session.Advocacy.RecordAsync(workspace, entries));
        Assert.Equal(0, await session.Advocacy.RecordAsync(workspace, entries)); // a replay
        var stored = await session.Advocacy.RewardsAsync(workspace, program.Id);
        Assert.Equal(entries.Select(e => e with { Id = 0 }), stored.Select(e => e with { Id = 0 }));
        Assert.Equal(19.75m, stored.Where(e => e.IsCost).Sum(e => e.Amount));

        var advocateReward = stored.Single(e => e.Side == RewardSide.Advocate).Id;
        Assert.True(await session.Advocacy.SetStatusAsync(workspace, advocateReward, RewardStatus.Approved, null, "owner@example.com"));
        Assert.False(await session.Advocacy.SetStatusAsync(workspace, 999, RewardStatus.Paid, null, "owner@example.com"));
        await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.SetStatusAsync(workspace, advocateReward, RewardStatus.Voided, " ", "owner@example.com"));

        Assert.Equal(2, await session.Advocacy.VoidImportAsync(workspace, 41, "import #41 undone: its lead is gone."));
        Assert.Equal(0, await session.Advocacy.VoidImportAsync(workspace, 41, "again"));
        Assert.All(await session.Advocacy.RewardsAsync(workspace), e => Assert.Equal((RewardStatus.Voided, "import #41 undone: its lead is gone."), (e.Status, e.Reason)));
        await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.SetStatusAsync(workspace, advocateReward, RewardStatus.Paid, null, "owner@example.com"));

        var history = await session.Advocacy.HistoryAsync(workspace, advocateReward);
        Assert.Equal([RewardStatus.Earned, RewardStatus.Approved, RewardStatus.Voided], history.Select(h => h.Status));
        Assert.Equal(["payoff", "owner@example.com", "import #41 undone"], history.Select(h => h.By));
    }

    [Fact]
    public async Task An_action_whose_import_was_undone_earns_anew_when_imported_again()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, currency: "EUR");
        var anna = await session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "ANNA7", null);
        var program = await session.Advocacy.AddProgramAsync(workspace, Program);
        var action = new FriendAction("c1:customer", "c1", new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero), new DateOnly(2026, 3, 3), [], null, 41);
        Assert.Equal(2, await session.Advocacy.RecordAsync(workspace, RewardRules.Decide(program, anna, [], action, [])));
        Assert.Equal(2, await session.Advocacy.VoidImportAsync(workspace, 41, "import #41 undone"));

        var again = RewardRules.Decide(program, anna, [], action with { ImportId = 42 }, []);
        Assert.Equal(2, await session.Advocacy.RecordAsync(workspace, again));
        Assert.Equal(0, await session.Advocacy.RecordAsync(workspace, again));

        var rewards = await session.Advocacy.RewardsAsync(workspace);
        Assert.Equal([RewardStatus.Voided, RewardStatus.Voided, RewardStatus.Earned, RewardStatus.Earned], rewards.Select(r => r.Status));
        Assert.Equal(["c1:customer#undone:41", "c1:customer#undone:41", "c1:customer", "c1:customer"], rewards.Select(r => r.ActionKey));
    }

    [Fact]
    public async Task A_handle_belongs_to_one_workspace_until_it_moves_on_and_bio_links_keep_their_order()
    {
        await using var session = await OpenAsync();
        var shop = await WorkspaceAsync(session, currency: "EUR");
        var cafe = await session.Workspaces.CreateAsync("cafe", "UTC", "EUR");

        await session.Advocacy.SetHandleAsync(shop, " Shop ");
        await session.Advocacy.SetHandleAsync(shop, "shop"); // the same again: nothing changes
        Assert.Contains("'shop' is taken", (await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.SetHandleAsync(cafe, "SHOP"))).Message, StringComparison.Ordinal);
        Assert.Equal("shop", await session.Advocacy.HandleAsync(shop));
        Assert.Equal(shop.Id, await session.Advocacy.FindHandleAsync("SHOP"));

        await session.Advocacy.SetHandleAsync(shop, "shop-2");
        await session.Advocacy.SetHandleAsync(cafe, "shop");
        Assert.Equal(cafe.Id, await session.Advocacy.FindHandleAsync("shop"));
        Assert.Equal(shop.Id, await session.Advocacy.FindHandleAsync("shop-2"));
        Assert.Contains("'shop' is taken", (await Assert.ThrowsAsync<StoreException>(() => session.Advocacy.SetHandleAsync(shop, "shop"))).Message, StringComparison.Ordinal);
        Assert.Null(await session.Advocacy.FindHandleAsync("nobody"));

        await session.Advocacy.SetBioLinkAsync(shop, new BioLink(7, "Shop", null, 2));
        await session.Advocacy.SetBioLinkAsync(shop, new BioLink(3, "Blog", "https://cdn.example/b.png", 1));
        await session.Advocacy.SetBioLinkAsync(shop, new BioLink(7, "Shop now", null, 1));
        Assert.Equal([new BioLink(3, "Blog", "https://cdn.example/b.png", 1), new BioLink(7, "Shop now", null, 1)], await session.Advocacy.BioLinksAsync(shop));
        Assert.True(await session.Advocacy.RemoveBioLinkAsync(shop, 3));
        Assert.False(await session.Advocacy.RemoveBioLinkAsync(shop, 3));
        Assert.Equal([new BioLink(7, "Shop now", null, 1)], await session.Advocacy.BioLinksAsync(shop));
        Assert.Empty(await session.Advocacy.BioLinksAsync(cafe));
    }

    [Fact]
    public async Task Imported_visits_landing_with_a_ref_code_are_referral_touches_of_their_person_counted_once()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, currency: "EUR");
        await session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "ANNA7", null);
        var runner = new ImportRunner(session.Importing, ChannelClassifier.Default);
        // v1 lands with Anna's code (lower case in the URL) from her Instagram link and becomes lead c-f1 five minutes later;
        // v2 comes from a newsletter, with no code.
        const string Header = "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n";
        const string Referral = "r1,2025-06-02T10:00:00Z,v1,pageview,https://shop.example.com/?ref=anna7&utm_source=referral&utm_medium=advocate&utm_campaign=Friends&utm_content=instagram,,,,,\n";
        const string Lead = "r2,2025-06-02T10:05:00Z,v1,lead,https://shop.example.com/thanks,,,,c-f1,\n";
        const string Newsletter = "p1,2025-06-02T11:00:00Z,v2,pageview,https://shop.example.com/?utm_source=newsletter&utm_medium=email,,,,,\n";
        var file = TempFile("referrals.csv");
        await File.WriteAllTextAsync(file, Header + Referral + Lead + Newsletter);

        var first = await runner.ImportAsync(workspace, ImportKind.Events, file, ImportOptions.Strict);
        var data = await session.Advocacy.ReadReferralsAsync(workspace);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(3, first.Imported);
        var touch = Assert.Single(data.Touches);
        Assert.Equal(
            new ReferralTouch("ANNA7", "c-f1", "v1", Some.Instant("2025-06-02T10:00:00Z"), ReferralTouchKind.Visit, "Friends", "Instagram"),
            touch);
        var friend = Assert.Single(data.Friends);
        Assert.Equal(("c-f1", "c-f1", Some.Instant("2025-06-02T10:05:00Z"), first.ImportId), (friend.PersonKey, friend.ContactId, friend.ContactAt, friend.LeadImportId));
        Assert.Equal(["v1"], friend.VisitorIds);
        Assert.Null(friend.CustomerAt);
        Assert.Empty(friend.Purchases);
        Assert.Empty(friend.Sessions); // the referral visit is a touch, not one of the friend's other sessions
        Assert.Empty(Assert.Contains("c-anna", data.AdvocateVisitorIds));

        // The same file again is a repeat; the same rows in another file are duplicates: still one touch.
        var again = await runner.ImportAsync(workspace, ImportKind.Events, file, ImportOptions.Strict);
        var copy = TempFile("referrals-copy.csv");
        await File.WriteAllTextAsync(copy, Header + Newsletter + Lead + Referral);
        var other = await runner.ImportAsync(workspace, ImportKind.Events, copy, ImportOptions.Strict);
        var after = await session.Advocacy.ReadReferralsAsync(workspace);

        Assert.True(again.AlreadyImported);
        Assert.Equal((0L, 3L), (other.Imported, other.Duplicates));
        Assert.Equal([touch], after.Touches);
        Assert.Equal(first.ImportId, Assert.Single(after.Friends).LeadImportId);
    }

    [Fact]
    public async Task A_code_met_inside_a_session_or_on_a_form_is_a_touch_and_a_stranger_code_leaves_the_session_to_its_channel()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, currency: "EUR");
        await session.Advocacy.AddAdvocateAsync(workspace, "c-anna", "ANNA7", null);
        var runner = new ImportRunner(session.Importing, ChannelClassifier.Default);
        // v1 browses the home page first, meets Anna's code two minutes later in the same session, then becomes lead c-f1;
        // v2's sign-up form posts the code (no page carried it); v3 lands with ?pref=dark (no code) and ?ref=ZZ9 (nobody's).
        var file = TempFile("inside.csv");
        await File.WriteAllTextAsync(file, """
            event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
            e1,2025-06-02T10:00:00Z,v1,pageview,https://shop.example.com/,,,,,
            e2,2025-06-02T10:02:00Z,v1,pageview,https://shop.example.com/spring?ref=ANNA7,,,,,
            e3,2025-06-02T10:05:00Z,v1,lead,https://shop.example.com/thanks,,,,c-f1,signup
            e4,2025-06-03T09:00:00Z,v2,pageview,https://shop.example.com/,,,,,
            e5,2025-06-03T09:03:00Z,v2,lead,https://shop.example.com/signup?ref=anna7,,,,c-f2,signup
            e6,2025-06-04T09:00:00Z,v3,pageview,https://shop.example.com/?ref=ANNA7,,,,,
            e7,2025-06-05T09:00:00Z,v3,pageview,https://shop.example.com/?pref=dark&utm_source=google&utm_medium=cpc,,,,,
            e8,2025-06-06T09:00:00Z,v3,pageview,https://shop.example.com/?ref=ZZ9&utm_source=newsletter&utm_medium=email,,,,,

            """);
        Assert.True((await runner.ImportAsync(workspace, ImportKind.Events, file, ImportOptions.Strict)).Succeeded);

        var data = await session.Advocacy.ReadReferralsAsync(workspace);

        Assert.Equal(
            [("c-f1", ReferralTouchKind.Event), ("c-f2", ReferralTouchKind.Event), ("~visitor:v3", ReferralTouchKind.Visit)],
            data.Touches.Where(t => t.Code == "ANNA7").Select(t => (t.PersonKey, t.Kind)));
        var stranger = Assert.Single(data.Friends, f => f.PersonKey == "~visitor:v3");
        Assert.Equal(["Paid Search", "Email"], stranger.Sessions.Select(s => s.Channel));
    }
}
