using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

/// <summary>Goal dates: the deadline day is still going, and dates outside 2000–2100 are refused (issue 13, trial report items 3 and 10).</summary>
public sealed class GoalDatesTests
{
    private static readonly DateOnly Start = new(2026, 11, 1);

    [Fact]
    public void Regression_a_goal_is_not_missed_while_its_deadline_day_is_still_going()
    {
        // The bug: goal #2 was "missed" on its deadline day, 30 Nov, while that day was still going.
        var today = new DateOnly(2026, 11, 30);
        var series = MetricSeries.Of(
            new LedgerFixture().Visits("LinkedIn", Start.AddDays(-60), today, _ => (50, 4, 0)).Build(Start.AddDays(-90), today),
            GoalMetrics.Find("contacts")!,
            new GoalScope("LinkedIn", null, null));
        var goal = new Goal { Name = "Leads", Metric = GoalMetrics.Find("contacts")!, Scope = new GoalScope("LinkedIn", null, null), Target = 500, Start = Start, Deadline = today };
        Assert.NotEqual(GoalStatus.Missed, GoalTracker.Track(goal, series, today).Status);
        Assert.Equal(GoalStatus.Missed, GoalTracker.Track(goal, series, today.AddDays(1)).Status);
    }

    [Theory]
    [InlineData("9999-12-31", null, "deadline 9999-12-31")]
    [InlineData("2026-12-31", "0001-01-01", "start 0001-01-01")]
    [InlineData("2101-01-01", null, "deadline 2101-01-01")]
    public void Regression_goal_dates_outside_2000_to_2100_are_refused_naming_the_field(string deadline, string? start, string field)
    {
        var request = new GoalRequest
        {
            Name = "Far",
            Metric = "contacts",
            Target = 10,
            Deadline = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            Start = start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        };
        var (goal, error) = request.Apply(null, new DateOnly(2026, 11, 30));
        Assert.Null(goal);
        Assert.Equal($"The {field} is out of range: goal dates must lie from 2000-01-01 to 2100-12-31.", error);
    }
}
