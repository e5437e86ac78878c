using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

public sealed class GoalTrackerTests
{
    private static readonly DateOnly Start = new(2026, 5, 1);

    private static Goal Contacts(decimal target, DateOnly deadline) => new()
    {
        Name = "Leads",
        Metric = GoalMetrics.Find("contacts")!,
        Scope = new GoalScope("LinkedIn", null, null),
        Target = target,
        Start = Start,
        Deadline = deadline,
    };

    private static MetricSeries Steady(DateOnly today, int perDay) =>
        MetricSeries.Of(
            new LedgerFixture().Visits("LinkedIn", Start.AddDays(-90), today, _ => (50, perDay, 0)).Build(Start.AddDays(-120), today),
            GoalMetrics.Find("contacts")!,
            new GoalScope("LinkedIn", null, null));

    [Fact]
    public void A_steady_pace_forecasts_the_straight_line_and_the_status_follows_the_probability()
    {
        var today = Start.AddDays(14);
        var series = Steady(today, 4);

        // 4 a day for 31 days is 124: a target of 100 is on track, 124 is a coin flip at worst, 200 is off track.
        var easy = GoalTracker.Track(Contacts(100, Start.AddDays(30)), series, today);
        Assert.Equal(60m, easy.Current);
        Assert.Equal(124m, easy.Forecast);
        Assert.Equal(GoalStatus.OnTrack, easy.Status);
        Assert.Equal(0.6m, easy.Progress);

        var hard = GoalTracker.Track(Contacts(200, Start.AddDays(30)), series, today);
        Assert.Equal(GoalStatus.OffTrack, hard.Status);
        Assert.Equal(0m, hard.Probability);
    }

    [Fact]
    public void Noise_gives_an_interval_and_a_middle_probability_means_at_risk()
    {
        var today = Start.AddDays(20);
        var random = new Random(3);
        var ledger = new LedgerFixture().Visits("LinkedIn", Start.AddDays(-90), today, _ => (50, random.Next(0, 9), 0)).Build(Start.AddDays(-120), today);
        var series = MetricSeries.Of(ledger, GoalMetrics.Find("contacts")!, new GoalScope("LinkedIn", null, null));
        var expected = GoalTracker.Track(Contacts(1, Start.AddDays(40)), series, today).Forecast!.Value;
        var coinFlip = GoalTracker.Track(Contacts(decimal.Round(expected), Start.AddDays(40)), series, today);
        Assert.True(coinFlip.ForecastLow < coinFlip.Forecast && coinFlip.Forecast < coinFlip.ForecastHigh);
        Assert.Equal(GoalStatus.AtRisk, coinFlip.Status);
        Assert.InRange(coinFlip.Probability!.Value, 0.3m, 0.7m);
    }

    [Fact]
    public void Achieved_and_missed_are_read_from_the_data_and_months_show_actual_against_plan()
    {
        var today = Start.AddDays(45);
        var series = Steady(today, 4);
        var achieved = GoalTracker.Track(Contacts(100, Start.AddDays(60)), series, today);
        Assert.Equal(GoalStatus.Achieved, achieved.Status);

        var missed = GoalTracker.Track(Contacts(500, Start.AddDays(30)), series, today);
        Assert.Equal(GoalStatus.Missed, missed.Status);
        Assert.Equal(124m, missed.Current);
        Assert.Equal([new DateOnly(2026, 5, 1)], missed.Months.Select(m => m.Month));
        Assert.Equal(124m, missed.Months[0].Actual);
        Assert.Equal(500m, missed.Months[0].Planned);
    }

    [Fact]
    public void Followers_without_daily_counts_are_rebuilt_from_new_followers_and_the_given_baseline()
    {
        var today = Start.AddDays(10);
        var ledger = new LedgerFixture().Daily("Facebook", "new_followers", Start.AddDays(-60), today, _ => 3).Build(Start.AddDays(-90), today);
        var goal = new Goal { Name = "+20 %", Metric = GoalMetrics.Find("followers")!, Scope = new GoalScope("Facebook", null, null), Baseline = 400, TargetPercent = 20, Start = Start, Deadline = Start.AddDays(29) };
        var progress = GoalTracker.Track(goal, GoalService.Series(ledger, goal), today);
        Assert.Equal(480m, progress.Target);
        Assert.Equal(430m, progress.Current);
        Assert.Equal(487m, progress.Forecast);
        Assert.Equal(GoalStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void A_share_or_time_forecast_stays_within_what_the_metric_can_be_when_the_volume_falls_away()
    {
        // 40 requests a day, 90 % answered in time (counted on the day of the answer, a day later) and 35 minutes each,
        // then the volume falls to 3 a day: the two running totals bend apart, but a share stays a share.
        var today = Start.AddDays(20);
        int Requests(int i) => i < 150 ? 40 : 3;
        var ledger = new LedgerFixture()
            .Daily("Instagram", "requests", today.AddDays(-169), today, i => Requests(i), "conversations")
            .Daily("Instagram", "responses_in_target", today.AddDays(-169), today, i => Requests(Math.Max(0, i - 1)) * 0.9m, "conversations")
            .Daily("Instagram", "responses", today.AddDays(-169), today, i => Requests(i), "conversations")
            .Daily("Instagram", "response_minutes", today.AddDays(-169), today, i => Requests(i) * 35m, "conversations")
            .Build(today.AddDays(-200), today);
        Goal For(string metric, decimal target) => new() { Name = metric, Metric = GoalMetrics.Find(metric)!, Scope = new GoalScope("Instagram", null, null), Target = target, Start = Start, Deadline = Start.AddDays(120) };

        var rate = GoalTracker.Track(For("response-rate", 0.95m), GoalService.Series(ledger, For("response-rate", 0.95m)), today);
        var time = GoalTracker.Track(For("response-time", 30), GoalService.Series(ledger, For("response-time", 30)), today);

        Assert.InRange(rate.Forecast!.Value, 0.85m, 1m);
        Assert.InRange(rate.ForecastLow!.Value, 0m, rate.Forecast.Value);
        Assert.InRange(rate.ForecastHigh!.Value, rate.Forecast.Value, 1m);
        Assert.Equal(35m, decimal.Round(time.Forecast!.Value, 1));
        Assert.True(time.ForecastLow >= 0);
        Assert.NotEqual(GoalStatus.OnTrack, time.Status);
    }
}
