using Payoff.Core.Advocacy;
using Payoff.Core.Attribution;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Advocacy;

/// <summary>
/// Crediting friends' actions to advocates (issue 19) on a hand-computed March: the first referral wins, actions before it
/// and the advocate's own touches count for nothing, a model shares credit with other channels, the report ranks by friends'
/// results (never followers), K is invitations per advocate × conversion, and the total row adds up the rows.
/// </summary>
public sealed class ReferralCreditingTests
{
    private static readonly WorkspaceCalendar Utc = new(TimeZoneInfo.Utc);
    private static readonly DateRange March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
    private static readonly CurrencyConverter Eur = new("EUR", []);

    // Anna has 50 followers, Ben 90,000, Cleo an unknown number. Ben's code ABE sorts before ANNA, so only the results can
    // rank Anna above him (not the code, his followers nor his friends reached).
    private static readonly Advocate Anna = new(1, "c-anna", "ANNA", 50, DateTimeOffset.UnixEpoch);
    private static readonly Advocate Ben = new(2, "c-ben", "ABE", 90_000, DateTimeOffset.UnixEpoch);
    private static readonly Advocate Cleo = new(3, "c-cleo", "CLEO", null, DateTimeOffset.UnixEpoch);
    private static readonly Advocate[] Advocates = [Anna, Ben, Cleo];

    private static DateTimeOffset At(int day, int hour) => new(2026, 3, day, hour, 0, 0, TimeSpan.Zero);

    private static ReferralTouch Touch(string code, string person, int day, int hour, ReferralTouchKind kind = ReferralTouchKind.Visit, string? campaign = "friends") =>
        new(code, person, "v-" + person, At(day, hour), kind, campaign, null);

    private static ReferredPerson Friend(string key, DateTimeOffset? lead = null, DateTimeOffset? customer = null, FriendPurchase[]? purchases = null, OtherTouch[]? sessions = null) =>
        new(key, key.StartsWith('~') ? null : key, ["v-" + key], lead, null, customer, null, null, purchases ?? [], [], sessions ?? []);

    /// <summary>
    /// The March of the first-referral tests:
    /// <list type="bullet">
    /// <item>c-f1: Anna's visit on the 2nd, Ben's on the 3rd; lead on the 4th, customer with 120 EUR on the 5th, and a 500 EUR
    /// purchase on the 1st, before any referral.</item>
    /// <item>c-f2: Ben's short-link click on the 6th; lead on the 7th, customer with 30 EUR on the 8th.</item>
    /// <item>~visitor:v3: Ben's visit on the 9th, nothing else.</item>
    /// <item>c-anna (Anna herself): her own visit on the 10th and her lead on the 11th.</item>
    /// <item>~visitor:v4: Cleo's visit on the 12th, nothing else.</item>
    /// <item>c-f9: a visit with the code NOBODY, which no advocate has; lead on the 13th.</item>
    /// </list>
    /// </summary>
    private static ReferralData March2026() => new(
        [
            Touch("ANNA", "c-f1", 2, 10),
            Touch("ABE", "c-f1", 3, 10),
            Touch("ABE", "c-f2", 6, 10, ReferralTouchKind.Click),
            Touch("ABE", "~visitor:v3", 9, 10),
            Touch("ANNA", "c-anna", 10, 10),
            Touch("CLEO", "~visitor:v4", 12, 10),
            Touch("NOBODY", "c-f9", 12, 11),
        ],
        [
            Friend("c-f1", lead: At(4, 12), customer: At(5, 12), purchases: [new(At(1, 9), 500m, "EUR"), new(At(5, 12), 120m, "EUR")]),
            Friend("c-f2", lead: At(7, 12), customer: At(8, 12), purchases: [new(At(8, 12), 30m, "EUR")]),
            Friend("~visitor:v3"),
            Friend("c-anna", lead: At(11, 12)),
            Friend("~visitor:v4"),
            Friend("c-f9", lead: At(13, 12)),
        ],
        new Dictionary<string, IReadOnlyList<string>>());

    private static IReadOnlyList<CreditedAction> Credit(ReferralData data, IAttributionModel? model = null) =>
        ReferralCrediting.Credit(data, Advocates, March, Utc, Eur, [], model, new List<string>());

    [Fact]
    public void Counted_touches_leave_out_the_advocates_own_and_unknown_codes()
    {
        var counted = ReferralCrediting.Counted(March2026(), Advocates);

        // Seven touches less Anna's own visit and the NOBODY code.
        Assert.Equal(
            [("ANNA", "c-f1"), ("ABE", "c-f1"), ("ABE", "c-f2"), ("ABE", "~visitor:v3"), ("CLEO", "~visitor:v4")],
            counted.Select(t => (t.Code, t.PersonKey)));
        var first = ReferralCrediting.FirstReferrals(counted);
        Assert.Equal("ANNA", first["c-f1"].Code);
        Assert.Equal(At(2, 10), first["c-f1"].At);
        Assert.False(first.ContainsKey("c-anna"));
    }

    [Fact]
    public void A_friend_reached_by_two_advocates_is_wholly_the_first_ones_and_actions_before_the_referral_are_not_credited()
    {
        var credited = Credit(March2026());

        // c-f1: Anna first (the 2nd, before Ben's the 3rd): lead, customer and the 120 EUR purchase, each whole; the 500 EUR
        // purchase of the 1st came before any referral. c-f2: Ben's: lead, customer, 30 EUR. Anna's own lead and the
        // NOBODY friend's lead are nobody's.
        Assert.Equal(
            [
                ("ABE", "c-f2", FriendActionKind.Lead, 0m),
                ("ABE", "c-f2", FriendActionKind.Customer, 0m),
                ("ABE", "c-f2", FriendActionKind.Purchase, 30m),
                ("ANNA", "c-f1", FriendActionKind.Lead, 0m),
                ("ANNA", "c-f1", FriendActionKind.Customer, 0m),
                ("ANNA", "c-f1", FriendActionKind.Purchase, 120m),
            ],
            credited.OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.At).Select(c => (c.Code, c.PersonKey, c.Kind, c.Value)));
        Assert.All(credited, c => Assert.Equal(1.0, c.Share));
        Assert.All(credited, c => Assert.Equal("friends", c.Program));
        Assert.DoesNotContain(credited, c => c.PersonKey == "c-anna");
        Assert.DoesNotContain(credited, c => c.Code == "ABE" && c.PersonKey == "c-f1");
        Assert.Equal(new DateOnly(2026, 3, 5), credited.Single(c => c.Kind == FriendActionKind.Purchase && c.Code == "ANNA").Day);
    }

    [Fact]
    public void Actions_outside_the_days_are_not_credited()
    {
        var firstWeek = new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 7));

        var credited = ReferralCrediting.Credit(March2026(), Advocates, firstWeek, Utc, Eur, [], null, new List<string>());

        // Anna's three (the 4th and 5th) and Ben's lead (the 7th); c-f2's purchase and customer of the 8th are outside.
        Assert.Equal(4, credited.Count);
        Assert.Equal([FriendActionKind.Lead], credited.Where(c => c.Code == "ABE").Select(c => c.Kind));
    }

    [Fact]
    public void A_linear_model_shares_each_action_with_the_friends_other_sessions_and_the_credits_add_up_to_the_actions()
    {
        // c-f1: Organic Search on the 1st, Anna's visit the 2nd, Ben's the 3rd; lead the 4th, 120 EUR the 5th (both journeys
        // are [Organic Search, ANNA, ABE]: a third each). c-f2: Ben's click the 6th, a Direct session the 6th at 11:00; lead the
        // 7th: [ABE, Direct], a half each.
        var data = new ReferralData(
            [Touch("ANNA", "c-f1", 2, 10), Touch("ABE", "c-f1", 3, 10), Touch("ABE", "c-f2", 6, 10, ReferralTouchKind.Click)],
            [
                Friend("c-f1", lead: At(4, 12), purchases: [new(At(5, 12), 120m, "EUR")], sessions: [new(At(1, 8), "Organic Search")]),
                Friend("c-f2", lead: At(7, 12), sessions: [new(At(6, 11), "Direct")]),
            ],
            new Dictionary<string, IReadOnlyList<string>>());

        var credited = Credit(data, AttributionModels.Create("linear"));
        var firstReferral = Credit(data);

        double Leads(string code) => credited.Where(c => c.Code == code && c.Kind == FriendActionKind.Lead).Sum(c => c.Share);
        decimal Revenue(string code) => credited.Where(c => c.Code == code && c.Kind == FriendActionKind.Purchase).Sum(c => c.Value);

        // Leads: Anna 1/3; Ben 1/3 + 1/2 = 5/6. Other channels keep Organic 1/3 + Direct 1/2 = 5/6, so 7/6 + 5/6 = the 2 leads.
        Assert.Equal(1.0 / 3, Leads("ANNA"), 9);
        Assert.Equal(5.0 / 6, Leads("ABE"), 9);
        Assert.Equal(2.0, Leads("ANNA") + Leads("ABE") + (1.0 / 3) + (1.0 / 2), 9);
        // Revenue: 120 / 3 = 40 to Anna, 40 to Ben, 40 kept by Organic Search.
        Assert.Equal(40m, decimal.Round(Revenue("ANNA"), 6));
        Assert.Equal(40m, decimal.Round(Revenue("ABE"), 6));
        Assert.Equal(120m, decimal.Round(Revenue("ANNA") + Revenue("ABE") + 40m, 6));
        // The first-referral rule gives the advocates both leads and the whole 120 EUR; a model gives them less.
        Assert.Equal(2.0, firstReferral.Where(c => c.Kind == FriendActionKind.Lead).Sum(c => c.Share));
        Assert.Equal(120m, firstReferral.Where(c => c.Kind == FriendActionKind.Purchase).Sum(c => c.Value));
        Assert.True(Leads("ANNA") + Leads("ABE") < 2.0);
        Assert.All(credited, c => Assert.Equal("friends", c.Program));
    }

    [Fact]
    public void The_report_ranks_by_friends_revenue_never_by_followers_and_its_total_adds_up_the_rows()
    {
        var data = March2026();
        var counted = ReferralCrediting.Counted(data, Advocates);
        var credited = Credit(data);
        RewardEntry Reward(long advocate, RewardSide side, decimal amount, int month, int day, RewardStatus status = RewardStatus.Earned) =>
            new(0, 1, advocate, side, $"lead:{advocate}:{day}", "c-x", amount, "EUR", new DateTimeOffset(2026, month, day, 12, 0, 0, TimeSpan.Zero), new DateOnly(2026, month, day), status, status == RewardStatus.Voided ? "no" : null, null);
        RewardEntry[] rewards =
        [
            Reward(1, RewardSide.Advocate, 10m, 3, 4), Reward(1, RewardSide.Friend, 5m, 3, 4),                                        // Anna: 15 in March
            Reward(2, RewardSide.Advocate, 10m, 3, 7, RewardStatus.Voided), Reward(2, RewardSide.Friend, 5m, 3, 7, RewardStatus.Voided), // voided: no cost
            Reward(2, RewardSide.Advocate, 10m, 4, 2), Reward(2, RewardSide.Friend, 5m, 4, 2),                                        // April: outside
            Reward(2, RewardSide.Advocate, 10m, 3, 8, RewardStatus.Paid),                                                               // Ben: 10 paid
        ];

        var report = AdvocacyReportBuilder.Build(Advocates, counted, credited, rewards, March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);

        // Anna: 120 EUR from 1 friend reached; Ben: 30 EUR from 3 reached and 90,000 followers; Cleo: nothing from 1 reached.
        Assert.Equal(["ANNA", "ABE", "CLEO"], report.Rows.Select(r => r.Advocate.Code));
        var (anna, ben, cleo) = (report.Rows[0], report.Rows[1], report.Rows[2]);
        Assert.Equal((0L, 1L, 1L, 1.0, 1.0, 120m, 1.0, 15m, 105m), (anna.LinkClicks, anna.FriendsReached, anna.Visits, anna.Leads, anna.Customers, anna.Revenue, anna.Converted, anna.Rewards, anna.Net));
        Assert.Equal((1L, 3L, 2L, 1.0, 1.0, 30m, 1.0, 10m, 20m), (ben.LinkClicks, ben.FriendsReached, ben.Visits, ben.Leads, ben.Customers, ben.Revenue, ben.Converted, ben.Rewards, ben.Net));
        Assert.Equal((0L, 1L, 1L, 0.0, 0m, 0m), (cleo.LinkClicks, cleo.FriendsReached, cleo.Visits, cleo.Leads, cleo.Revenue, cleo.Rewards));
        Assert.Equal((1L, 1L), (anna.Conversion.Successes, anna.Conversion.Trials));
        Assert.Equal((1L, 3L), (ben.Conversion.Successes, ben.Conversion.Trials));
        Assert.Equal("lead", report.Conversion);

        var total = report.Total!;
        Assert.Equal((1L, 5L, 4L, 2.0, 2.0, 150m, 0m, 2.0, 25m, 125m), (total.LinkClicks, total.FriendsReached, total.Visits, total.Leads, total.Customers, total.Revenue, total.Value, total.Converted, total.Rewards, total.Net));
        Assert.Equal(report.Rows.Sum(r => r.Revenue), total.Revenue);
        Assert.Equal(report.Rows.Sum(r => r.FriendsReached), total.FriendsReached);
        Assert.Equal(report.Rows.Sum(r => r.Rewards), total.Rewards);
    }

    [Fact]
    public void Followers_never_change_the_rank()
    {
        var data = March2026();
        var counted = ReferralCrediting.Counted(data, Advocates);
        var credited = Credit(data);
        Advocate[] swapped = [Anna with { Followers = 1_000_000 }, Ben with { Followers = 0 }, Cleo with { Followers = 5_000_000 }];

        var before = AdvocacyReportBuilder.Build(Advocates, counted, credited, [], March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);
        var after = AdvocacyReportBuilder.Build(swapped, counted, credited, [], March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);

        Assert.Equal(before.Rows.Select(r => r.Advocate.Code), after.Rows.Select(r => r.Advocate.Code));
    }

    [Fact]
    public void Leads_rank_advocates_when_no_friend_bought_and_the_highest_follower_count_does_not_lift_a_weaker_advocate()
    {
        // No revenue nor customers: Anna (50 followers) has 2 leads from 2 friends, Ben (90,000) 1 lead from 4 friends.
        var data = new ReferralData(
            [Touch("ANNA", "c-a1", 2, 10), Touch("ANNA", "c-a2", 2, 11), Touch("ABE", "c-b1", 3, 10), Touch("ABE", "c-b2", 3, 11), Touch("ABE", "c-b3", 3, 12), Touch("ABE", "c-b4", 3, 13)],
            [Friend("c-a1", lead: At(4, 9)), Friend("c-a2", lead: At(4, 10)), Friend("c-b1", lead: At(5, 9)), Friend("c-b2"), Friend("c-b3"), Friend("c-b4")],
            new Dictionary<string, IReadOnlyList<string>>());

        var report = AdvocacyReportBuilder.Build([Ben, Anna], ReferralCrediting.Counted(data, [Anna, Ben]), ReferralCrediting.Credit(data, [Anna, Ben], March, Utc, Eur, [], null, new List<string>()), [], March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);

        Assert.Equal(["ANNA", "ABE"], report.Rows.Select(r => r.Advocate.Code));
        Assert.Equal([2.0, 1.0], report.Rows.Select(r => r.Leads));
        Assert.Equal([2L, 4L], report.Rows.Select(r => r.FriendsReached));
    }

    [Fact]
    public void K_is_invitations_per_advocate_times_conversion_and_its_interval_holds_it()
    {
        var data = March2026();
        var report = AdvocacyReportBuilder.Build(Advocates, ReferralCrediting.Counted(data, Advocates), Credit(data), [], March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);
        var x = report.Exchange;

        // Reached: Anna 1, Ben 3, Cleo 1 = 5 over 3 advocates: 5/3 invitations each. Converted (leads): Anna 1, Ben 1 = 2 of
        // 5: conversion 0.4. K = 5/3 × 2/5 = 2/3 = converted friends per advocate.
        Assert.Equal(3, x.Advocates);
        Assert.Equal(5.0 / 3, x.InvitationsPerAdvocate!.Value, 12);
        Assert.Equal((2L, 5L), (x.Conversion.Successes, x.Conversion.Trials));
        Assert.Equal(0.4, x.Conversion.Rate!.Value, 12);
        Assert.Equal(2.0 / 3, x.K!.Value, 12);
        Assert.Equal(x.InvitationsPerAdvocate.Value * x.Conversion.Rate.Value, x.K.Value, 12);
        Assert.InRange(x.K.Value, x.K.Low, x.K.High);
        Assert.InRange(x.InvitationsPerAdvocate.Value, x.InvitationsPerAdvocate.Low, x.InvitationsPerAdvocate.High);
        Assert.True(x.K.Low < x.K.High, "advocates differ, so the bootstrap interval has a width");
        // A resample holds only rows' own figures: K between Cleo's 0 and Anna's or Ben's 1, invitations between 1 and 3.
        Assert.InRange(x.K.Low, 0, 1);
        Assert.InRange(x.K.High, 0, 1);
        Assert.InRange(x.InvitationsPerAdvocate.Low, 1, 3);
        // A fixed seed: the same rows give the same interval.
        Assert.Equal(x.K, AdvocacyReportBuilder.Exchange(report.Rows).K);
    }

    [Fact]
    public void No_advocates_have_no_exchange_figures_and_no_total()
    {
        var report = AdvocacyReportBuilder.Build([], [], [], [], March, Utc, null, ReferralCrediting.FirstReferral, "EUR", []);

        Assert.Null(report.Total);
        Assert.Equal(0, report.Exchange.Advocates);
        Assert.Null(report.Exchange.K);
        Assert.Null(report.Exchange.InvitationsPerAdvocate);
    }
}
