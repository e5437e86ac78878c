using Payoff.Core.Advocacy;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IAdvocacyStore"/>: advocates' codes and contacts are unique, programs keep their exact amounts and rules, a
/// reward is stored once per program, side and action (a replay adds nothing), statuses change with their history, and
/// undoing an import voids its rewards with the reason.
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
}
