using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Costs;

/// <summary>
/// Referral rewards in the ledger (issue 19): a <see cref="MoneyKind.Reward"/> amount is a cost — in other cost, in the
/// rewards' own part of it and in the total cost — so the ROI counts it.
/// </summary>
public sealed class LedgerRewardCostTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);
    private static readonly DateRange March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    private static LedgerData Data(params MoneyDay[] money) =>
        new([new WebDay(Day, "Instagram", "Friends", 40, 4, 2)], money, [], [], [], [], [], [], [], [new CurrencyRate("USD", new DateOnly(2026, 1, 1), 0.9m)]);

    private static MoneyDay Money(MoneyKind kind, decimal amount, string currency = "EUR") => new(Day, "Instagram", "Friends", kind, currency, amount);

    [Fact]
    public void A_reward_is_booked_as_other_cost_and_reward_cost_in_the_total_cost_and_lowers_the_roi()
    {
        // 200 EUR revenue and 50 EUR ad spend; rewards 15 EUR and 10 USD × 0.9 = 9.00 EUR: 24.00 EUR of rewards.
        var without = Core.Ledger.Ledger.Build(Data(Money(MoneyKind.Revenue, 200m), Money(MoneyKind.AdSpend, 50m)), "EUR", March);
        var with = Core.Ledger.Ledger.Build(Data(Money(MoneyKind.Revenue, 200m), Money(MoneyKind.AdSpend, 50m), Money(MoneyKind.Reward, 15m), Money(MoneyKind.Reward, 10m, "USD")), "EUR", March);

        var entry = Assert.Single(with.Entries);
        Assert.Equal((Day, "Instagram", "Friends"), (entry.Day, entry.Network, entry.Campaign));
        var t = entry.Totals;
        Assert.Equal((200m, 50m, 24.00m, 24.00m, 0m, 74.00m), (t.Revenue, t.AdSpend, t.OtherCost, t.RewardCost, t.TimeCost, t.TotalCost));
        // ROI without the rewards: (200 − 50) / 50 = 3; with them: (200 − 74) / 74 = 126 / 74 ≈ 1.7027.
        Assert.Equal(3m, without.Sum().Roi);
        Assert.Equal(126m / 74m, with.Sum().Roi);
        Assert.True(with.Sum().Roi < without.Sum().Roi);
        // Cost per lead and per customer count the rewards too: 74 / 4 and 74 / 2.
        Assert.Equal((18.5m, 37m), (with.Sum().CostPerLead, with.Sum().CostPerCustomer));
        Assert.Equal(0m, without.Sum().RewardCost);
        Assert.Empty(with.Warnings);
    }

    [Fact]
    public void Rewards_alone_make_the_cost_of_a_day_and_are_never_revenue_nor_ad_spend()
    {
        var ledger = Core.Ledger.Ledger.Build(Data(Money(MoneyKind.Reward, 15m)), "EUR", March);

        var totals = ledger.Sum();
        Assert.Equal((0m, 0m, 15m, 15m, 15m), (totals.Revenue, totals.AdSpend, totals.OtherCost, totals.RewardCost, totals.TotalCost));
        Assert.Equal(-1m, totals.Roi); // (0 − 15) / 15
        Assert.Null(totals.Roas);      // no ad spend
    }

    [Fact]
    public void A_reward_outside_the_days_is_left_out_and_one_without_a_rate_is_named()
    {
        var ledger = Core.Ledger.Ledger.Build(
            Data(Money(MoneyKind.Reward, 15m), Money(MoneyKind.Reward, 8m, "GBP"), new MoneyDay(new DateOnly(2026, 4, 1), "Instagram", "Friends", MoneyKind.Reward, "EUR", 100m)),
            "EUR",
            March);

        Assert.Equal(15m, ledger.Sum().RewardCost);
        Assert.Equal(["A referral reward in GBP is left out: no rate to EUR (payoff currency rate add GBP RATE)."], ledger.Warnings);
    }

    [Fact]
    public void A_ledger_within_fewer_days_keeps_the_reward_cost_of_its_days()
    {
        var data = Data(Money(MoneyKind.Reward, 15m)) with
        {
            Money = [Money(MoneyKind.Reward, 15m), new MoneyDay(new DateOnly(2026, 3, 20), "Advocates", "Friends", MoneyKind.Reward, "EUR", 7.5m)],
        };
        var ledger = Core.Ledger.Ledger.Build(data, "EUR", March);

        var firstWeek = ledger.Within(new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 7)));

        Assert.Equal(22.5m, ledger.Sum().RewardCost);
        Assert.Equal((15m, 15m), (firstWeek.Sum().RewardCost, firstWeek.Sum().TotalCost));
        Assert.Equal(7.5m, ledger.Sum(e => e.Network == "Advocates").OtherCost);
    }
}
