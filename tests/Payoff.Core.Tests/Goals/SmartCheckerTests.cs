using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

public sealed class SmartCheckerTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Goal FollowersGoal(decimal percent, decimal? budget = null) => new()
    {
        Name = "Local followers",
        Metric = GoalMetrics.Find("followers")!,
        Scope = new GoalScope("Facebook", null, null),
        TargetPercent = percent,
        Start = Today,
        Deadline = Today.AddDays(29),
        Budget = budget,
    };

    [Fact]
    public void Seed_002_pizza_restaurant_400_followers_plus_20_percent_in_a_month_is_realistic()
    {
        // A steady history: 280 followers a year ago, about 3 new a day since → 400 at the start.
        var ledger = new LedgerFixture()
            .Daily("Facebook", "followers", Today.AddDays(-120), Today, i => 40 + (3 * i) + (i % 3 == 1 ? 1 : 0))
            .Build(Today.AddDays(-400), Today);
        var goal = FollowersGoal(20);
        var series = MetricSeries.Of(ledger, goal.Metric, goal.Scope);
        var check = SmartChecker.Check(goal, series, Today);

        Assert.Equal(400m, check.Baseline);
        Assert.Equal(480m, check.Target);
        Assert.True(check.Passes, string.Join(" | ", check.Reasons));
        Assert.Contains(check.Reasons, r => r.StartsWith("Realistic", StringComparison.Ordinal) && r.Contains("2.67 new followers a day", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_new_followers_in_a_month_without_budget_on_a_few_a_day_is_flagged_with_the_numbers()
    {
        var ledger = new LedgerFixture()
            .Daily("Facebook", "new_followers", Today.AddDays(-180), Today.AddDays(-1), i => 2 + (i % 4))
            .Build(Today.AddDays(-400), Today);
        var goal = new Goal
        {
            Name = "10k in a month",
            Metric = GoalMetrics.Find("new-followers")!,
            Scope = new GoalScope("Facebook", null, null),
            Target = 10_000,
            Start = Today,
            Deadline = Today.AddDays(29),
        };
        var check = SmartChecker.Check(goal, MetricSeries.Of(ledger, goal.Metric, goal.Scope), Today);

        Assert.True(check.Specific && check.Measurable && check.TimeBound);
        Assert.False(check.Realistic);
        Assert.False(check.Achievable);
        var reason = Assert.Single(check.Reasons, r => r.StartsWith("Not realistic", StringComparison.Ordinal));
        Assert.True(reason.Contains("333.33 new followers a day", StringComparison.Ordinal), reason);
        Assert.Contains("333.33 new followers a day", reason, StringComparison.Ordinal);
        Assert.True(reason.Contains("90 days before the start: 3.52 a day, σ 1.12; best month: 3.55 a day", StringComparison.Ordinal), reason);
    }

    [Fact]
    public void A_percent_target_that_takes_a_share_above_100_percent_is_not_achievable()
    {
        var goal = new Goal
        {
            Name = "Answer everyone twice",
            Metric = GoalMetrics.Find("response-rate")!,
            Scope = new GoalScope(null, null, null),
            TargetPercent = 100,
            Baseline = 0.6m,
            Start = Today,
            Deadline = Today.AddDays(29),
        };
        var check = SmartChecker.Check(goal, MetricSeries.Of(new LedgerFixture().Build(Today.AddDays(-400), Today), goal.Metric, goal.Scope), Today);

        Assert.False(check.Achievable || check.Realistic);
        Assert.Contains("Not achievable, so not realistic: the target 120 % is above 100 %, the most a share can reach.", check.Reasons);
    }

    [Fact]
    public void A_budget_is_priced_at_the_historys_own_cost_per_unit()
    {
        // 4 new followers a day for 10 a day of ad spend: 2.50 a follower. A budget of 15,000 buys 6,000 more.
        var fixture = new LedgerFixture().Daily("Facebook", "new_followers", Today.AddDays(-365), Today.AddDays(-1), _ => 4);
        for (var day = Today.AddDays(-365); day < Today; day = day.AddDays(1))
        {
            fixture.Money.Add(new Ledger.MoneyDay(day, "Facebook", "(not set)", Ledger.MoneyKind.AdSpend, "USD", 10));
        }

        var ledger = fixture.Build(Today.AddDays(-400), Today);
        var goal = new Goal
        {
            Name = "With budget",
            Metric = GoalMetrics.Find("new-followers")!,
            Scope = new GoalScope("Facebook", null, null),
            Target = 6_000,
            Start = Today,
            Deadline = Today.AddDays(29),
            Budget = 15_000,
        };
        var cost = MetricSeries.Of(ledger, GoalMetrics.Find("cost")!, goal.Scope);
        var withBudget = SmartChecker.Check(goal, MetricSeries.Of(ledger, goal.Metric, goal.Scope), Today, cost);
        var without = SmartChecker.Check(goal with { Budget = null }, MetricSeries.Of(ledger, goal.Metric, goal.Scope), Today, cost);

        Assert.True(withBudget.Realistic, string.Join(" | ", withBudget.Reasons));
        Assert.Contains(withBudget.Reasons, r => r.Contains("2.5 per new follower", StringComparison.Ordinal));
        Assert.False(without.Realistic);
    }

    [Fact]
    public void No_data_is_not_measurable_and_a_past_deadline_is_not_time_bound()
    {
        var ledger = new LedgerFixture().Build(Today.AddDays(-400), Today);
        var goal = new Goal { Name = "Replies", Metric = GoalMetrics.Find("response-time")!, Target = 60, Start = Today.AddDays(-30), Deadline = Today.AddDays(-1) };
        var check = SmartChecker.Check(goal, MetricSeries.Of(ledger, goal.Metric, goal.Scope), Today);
        Assert.False(check.Measurable);
        Assert.False(check.TimeBound);
        Assert.Contains(check.Reasons, r => r.Contains("No conversations for response-time", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rate_target_is_judged_against_the_best_month_and_the_recent_rate()
    {
        var ledger = new LedgerFixture()
            .Visits("LinkedIn", Today.AddDays(-200), Today.AddDays(-1), i => (100, i % 10 == 0 ? 12 : 9, 1))
            .Build(Today.AddDays(-400), Today);
        Goal Rate(decimal target) => new() { Name = "Rate", Metric = GoalMetrics.Find("contact-rate")!, Scope = new GoalScope("LinkedIn", null, null), Target = target, Start = Today, Deadline = Today.AddDays(60) };
        var modest = SmartChecker.Check(Rate(0.095m), MetricSeries.Of(ledger, GoalMetrics.Find("contact-rate")!, new GoalScope("LinkedIn", null, null)), Today);
        var wild = SmartChecker.Check(Rate(0.30m), MetricSeries.Of(ledger, GoalMetrics.Find("contact-rate")!, new GoalScope("LinkedIn", null, null)), Today);
        Assert.True(modest.Realistic);
        Assert.False(wild.Achievable);
        Assert.Contains(wild.Reasons, r => r.Contains("the target 30%", StringComparison.Ordinal));
    }
}
