using Payoff.Core.Advocacy;

namespace Payoff.Core.Tests.Advocacy;

/// <summary>Two-way rewards on a hand-computed scenario (issue 19): replay, self-referral, a friend already known, window and cap.</summary>
public sealed class RewardRulesTests
{
    private static readonly ReferralProgram Program = new()
    {
        Id = 1, Name = "friends", AdvocateReward = 10.00m, FriendReward = 5.00m, Currency = "EUR", On = RewardTrigger.Lead,
        Cap = 2, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 4, 30),
    };

    private static readonly Advocate Anna = new(7, "c-anna", "ANNA7", 120, DateTimeOffset.UnixEpoch);

    private static FriendAction Action(string friend, int month, int day, string? visitor = null, DateTimeOffset? knownSince = null) =>
        new($"{friend}:lead", friend, new DateTimeOffset(2026, month, day, 12, 0, 0, TimeSpan.Zero), new DateOnly(2026, month, day), visitor is null ? [] : [visitor], knownSince, 3);

    [Fact]
    public void A_hand_computed_month_of_friends_earns_three_pairs_and_voids_the_rest_with_their_reasons()
    {
        var ledger = new List<RewardEntry>();
        void Record(FriendAction action) => ledger.AddRange(RewardRules.Decide(Program, Anna, ["v-anna"], action, ledger));

        Record(Action("c1", 3, 3));                                                     // earned: 10 + 5
        Record(Action("c1", 3, 3));                                                     // replay: nothing
        Record(Action("c-anna", 3, 4));                                                 // the advocate herself
        Record(Action("c2", 3, 5, visitor: "v-anna"));                                  // her own browser
        Record(Action("c3", 3, 6, knownSince: new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero))); // already a contact
        Record(Action("c4", 2, 20));                                                    // before the window
        Record(Action("c5", 3, 10));                                                    // earned: the 2nd of March
        Record(Action("c6", 3, 12));                                                    // over the cap of 2 in March
        Record(Action("c7", 4, 2));                                                     // earned: a new month
        Record(Action("c8", 5, 1));                                                     // after the window

        Assert.Equal(18, ledger.Count); // nine actions (one replay left out), two sides each
        Assert.Equal(["c1", "c5", "c7"], ledger.Where(e => e.IsCost && e.Side == RewardSide.Advocate).Select(e => e.FriendContactId));
        Assert.Equal(45.00m, ledger.Where(e => e.IsCost).Sum(e => e.Amount));
        Assert.Equal(15.00m, ledger.Where(e => e.IsCost && e.Side == RewardSide.Friend).Sum(e => e.Amount));
        string Why(string friend) => ledger.First(e => e.FriendContactId == friend).Reason!;
        Assert.StartsWith("self-referral: the friend is the advocate's own contact", Why("c-anna"), StringComparison.Ordinal);
        Assert.Equal("self-referral: the friend and advocate ANNA7 share the visitor id v-anna.", Why("c2"));
        Assert.Equal("not a new friend: c3 was already a contact since 2026-02-01, before the referral visit.", Why("c3"));
        Assert.Equal("outside the program's window: 2026-02-20 is before 2026-03-01.", Why("c4"));
        Assert.Equal("over the cap: advocate ANNA7 already has 2 rewarded actions in 2026-03 (cap 2).", Why("c6"));
        Assert.Equal("outside the program's window: 2026-05-01 is after 2026-04-30.", Why("c8"));
        Assert.All(ledger.Where(e => !e.IsCost), e => Assert.Equal(RewardStatus.Voided, e.Status));
    }

    [Fact]
    public void A_voided_reward_frees_its_place_under_the_cap()
    {
        var ledger = RewardRules.Decide(Program, Anna, [], Action("c1", 3, 3), []).ToList();
        ledger.AddRange(RewardRules.Decide(Program, Anna, [], Action("c2", 3, 4), ledger));
        ledger = [.. ledger.Select(e => e.FriendContactId == "c1" ? e with { Status = RewardStatus.Voided, Reason = "import #3 undone." } : e)];

        var third = RewardRules.Decide(Program, Anna, [], Action("c3", 3, 5), ledger);

        Assert.All(third, e => Assert.Equal(RewardStatus.Earned, e.Status));
    }

    [Theory]
    [InlineData(-1, 5, "advocate-reward")]
    [InlineData(10, 0.001, "friend-reward")]
    public void Amounts_below_zero_or_finer_than_the_currency_are_refused(double advocate, double friend, string field)
    {
        var program = Program with { AdvocateReward = (decimal)advocate, FriendReward = (decimal)friend };

        Assert.Equal(field, Assert.Throws<ArgumentException>(program.Validate).ParamName);
    }

    [Fact]
    public void A_yen_reward_has_no_minor_unit_and_a_window_must_not_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>((Program with { Currency = "JPY", AdvocateReward = 500.5m }).Validate);
        (Program with { Currency = "JPY", AdvocateReward = 500m, FriendReward = 300m }).Validate();
        Assert.Equal("to", Assert.Throws<ArgumentException>((Program with { To = new DateOnly(2026, 2, 1) }).Validate).ParamName);
        Assert.Equal("cap", Assert.Throws<ArgumentException>((Program with { Cap = 0 }).Validate).ParamName);
    }
}
