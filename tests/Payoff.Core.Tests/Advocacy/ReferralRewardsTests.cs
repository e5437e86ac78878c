using Payoff.Core.Advocacy;
using Payoff.Core.Channels;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Advocacy;

/// <summary>
/// <see cref="ReferralRewards.Decide"/> on hand-made referral data (issue 19): a friend's qualifying action earns the program's
/// two rewards on the referral's network, a replay earns nothing, a friend already known or sharing the advocate's browser is
/// voided with the reason, and a referral of no program earns nothing.
/// </summary>
public sealed class ReferralRewardsTests
{
    private static readonly WorkspaceCalendar Utc = new(TimeZoneInfo.Utc);

    private static readonly ReferralProgram Friends = new()
    {
        Id = 4, Name = "Friends", AdvocateReward = 10.00m, FriendReward = 5.00m, Currency = "EUR", On = RewardTrigger.Customer,
    };

    private static readonly Advocate Anna = new(7, "c-anna", "ANNA7", 120, DateTimeOffset.UnixEpoch);
    private static readonly Advocate Ben = new(8, "c-ben", "BEN8", null, DateTimeOffset.UnixEpoch);

    private static DateTimeOffset At(int day, int hour) => new(2026, 3, day, hour, 0, 0, TimeSpan.Zero);

    private static ReferralTouch Touch(string code, string person, int day, string? campaign = "friends", string? network = "Instagram") =>
        new(code, person, "v-" + person, At(day, 10), ReferralTouchKind.Visit, campaign, network);

    private static ReferredPerson Friend(string contact, DateTimeOffset? customer, DateTimeOffset? createdAt = null, DateTimeOffset? lead = null, string? visitor = null, long? import = 31) =>
        new(contact, contact, [visitor ?? "v-" + contact], lead, import, customer, import, createdAt, [], [], []);

    private static ReferralData Data(ReferralTouch[] touches, ReferredPerson[] friends, Dictionary<string, IReadOnlyList<string>>? advocateVisitors = null) =>
        new(touches, friends, advocateVisitors ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    private static IReadOnlyList<RewardEntry> Decide(ReferralData data, IReadOnlyList<RewardEntry>? ledger = null) =>
        ReferralRewards.Decide(data, [Anna, Ben], [Friends], ledger ?? [], Utc);

    [Fact]
    public void A_friends_customer_action_creates_both_sides_with_the_programs_amounts_on_the_referrals_network()
    {
        // c-f1 met Anna's referral (shared on Instagram, campaign "friends" = the program "Friends", any case) on the 2nd and
        // became a customer on the 5th; created in the CRM that day, a new friend.
        var data = Data([Touch("ANNA7", "c-f1", 2)], [Friend("c-f1", customer: At(5, 12), createdAt: At(5, 11), lead: At(5, 11))]);

        var entries = Decide(data);

        Assert.Equal(2, entries.Count);
        var advocate = entries.Single(e => e.Side == RewardSide.Advocate);
        var friend = entries.Single(e => e.Side == RewardSide.Friend);
        Assert.Equal(
            new RewardEntry(0, 4, 7, RewardSide.Advocate, "customer:c-f1", "c-f1", 10.00m, "EUR", At(5, 12), new DateOnly(2026, 3, 5), RewardStatus.Earned, null, 31) { Network = "Instagram" },
            advocate);
        Assert.Equal(advocate with { Side = RewardSide.Friend, Amount = 5.00m }, friend);
        Assert.Equal(15.00m, entries.Where(e => e.IsCost).Sum(e => e.Amount));
    }

    [Fact]
    public void Deciding_again_with_the_first_result_as_ledger_creates_nothing()
    {
        var data = Data([Touch("ANNA7", "c-f1", 2)], [Friend("c-f1", customer: At(5, 12))]);
        var first = Decide(data);

        var again = Decide(data, first);

        Assert.Equal(2, first.Count);
        Assert.Empty(again);
        // A voided entry also holds its action's place: a replay of a voided action earns nothing either.
        Assert.Empty(Decide(data, [.. first.Select(e => e with { Status = RewardStatus.Voided, Reason = "import #31 undone." })]));
    }

    [Fact]
    public void A_friend_created_before_the_referral_gets_both_entries_voided_as_not_a_new_friend()
    {
        // c-f2 was created in the CRM on 1 February, a month before Anna's referral visit of 2 March.
        var data = Data([Touch("ANNA7", "c-f2", 2)], [Friend("c-f2", customer: At(6, 12), createdAt: new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero))]);

        var entries = Decide(data);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(RewardStatus.Voided, e.Status));
        Assert.All(entries, e => Assert.Equal("not a new friend: c-f2 was already a contact since 2026-02-01, before the referral visit.", e.Reason));
        Assert.Equal(0m, entries.Where(e => e.IsCost).Sum(e => e.Amount));
        Assert.Equal([10.00m, 5.00m], entries.Select(e => e.Amount)); // the amounts are kept when voided
    }

    [Fact]
    public void A_friend_who_was_a_lead_before_the_referral_is_not_a_new_friend_either()
    {
        var data = Data([Touch("ANNA7", "c-f2", 2)], [Friend("c-f2", customer: At(6, 12), lead: At(1, 8))]);

        var entries = Decide(data);

        Assert.All(entries, e => Assert.StartsWith("not a new friend: c-f2 was already a contact since 2026-03-01", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_friend_sharing_a_visitor_id_with_the_advocate_is_voided_as_a_self_referral()
    {
        // c-f3 bought on the browser Anna signs in on (v-shared is among her visitor ids).
        var data = Data(
            [Touch("ANNA7", "c-f3", 2)],
            [Friend("c-f3", customer: At(7, 12), visitor: "v-shared")],
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["c-anna"] = ["v-anna", "v-shared"], ["c-ben"] = [] });

        var entries = Decide(data);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((RewardStatus.Voided, "self-referral: the friend and advocate ANNA7 share the visitor id v-shared."), (e.Status, e.Reason)));
    }

    [Fact]
    public void The_advocate_through_her_own_link_is_voided_as_a_self_referral()
    {
        var data = Data([Touch("ANNA7", "c-anna", 2)], [Friend("c-anna", customer: At(8, 12))]);

        var entries = Decide(data);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((RewardStatus.Voided, "self-referral: the friend is the advocate's own contact (c-anna)."), (e.Status, e.Reason)));
    }

    [Fact]
    public void A_referral_whose_campaign_names_no_program_earns_nothing()
    {
        // c-f4's referral was tagged "spring-sale" (no program has that name), c-f5's had no campaign at all.
        var data = Data(
            [Touch("ANNA7", "c-f4", 2, campaign: "spring-sale"), Touch("ANNA7", "c-f5", 2, campaign: null)],
            [Friend("c-f4", customer: At(5, 12)), Friend("c-f5", customer: At(5, 12))]);

        Assert.Empty(Decide(data));
    }

    [Fact]
    public void Only_the_first_referral_counts_and_actions_before_it_or_of_another_trigger_earn_nothing()
    {
        // c-f6: Ben's referral (no network named) on the 3rd, Anna's on the 4th; customer on the 9th → Ben's, on Advocates.
        // c-f7: a customer on the 1st, before Anna's referral of the 2nd → nothing.
        // c-f8: only a lead, and the program rewards customers → nothing.
        // c-f9: the code NOBODY, which no advocate has → nothing.
        var data = Data(
            [Touch("BEN8", "c-f6", 3, network: null), Touch("ANNA7", "c-f6", 4), Touch("ANNA7", "c-f7", 2), Touch("ANNA7", "c-f8", 2), Touch("NOBODY", "c-f9", 2)],
            [Friend("c-f6", customer: At(9, 12)), Friend("c-f7", customer: At(1, 12)), Friend("c-f8", customer: null, lead: At(5, 12)), Friend("c-f9", customer: At(5, 12))]);

        var entries = Decide(data);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((8L, "c-f6", Channel.Advocates, RewardStatus.Earned), (e.AdvocateId, e.FriendContactId, e.Network, e.Status)));
    }

    [Fact]
    public void The_cap_rewards_the_oldest_actions_first()
    {
        // Three friends of Anna's in March, listed newest first; a cap of 2 a month rewards the 5th and 6th, voids the 7th.
        var capped = Friends with { Cap = 2 };
        var data = Data(
            [Touch("ANNA7", "c-c", 2), Touch("ANNA7", "c-b", 2), Touch("ANNA7", "c-a", 2)],
            [Friend("c-c", customer: At(7, 12)), Friend("c-b", customer: At(6, 12)), Friend("c-a", customer: At(5, 12))]);

        var entries = ReferralRewards.Decide(data, [Anna], [capped], [], Utc);

        Assert.Equal(["c-a", "c-b"], entries.Where(e => e.IsCost && e.Side == RewardSide.Advocate).Select(e => e.FriendContactId));
        Assert.Equal("over the cap: advocate ANNA7 already has 2 rewarded actions in 2026-03 (cap 2).", entries.First(e => e.FriendContactId == "c-c").Reason);
    }
}
