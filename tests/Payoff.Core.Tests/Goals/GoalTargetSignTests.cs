using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

/// <summary>A negative target or baseline on a metric that is never below zero is refused (issue 15, QA item 1).</summary>
public sealed class GoalTargetSignTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("contacts")]
    [InlineData("sessions")]
    [InlineData("followers")]
    [InlineData("customers")]
    [InlineData("revenue")]
    [InlineData("time-hours")]
    [InlineData("contact-rate")]
    public void Regression_a_negative_target_on_a_metric_that_is_never_negative_is_refused_naming_the_field(string metric)
    {
        // The bug: a target of -5 contacts was stored and shown as "Achieved", 100 % chance, 0 % progress.
        var (goal, error) = new GoalRequest { Name = "Less than nothing", Metric = metric, Target = -5, Deadline = Today.AddDays(30) }.Apply(null, Today);
        Assert.Null(goal);
        Assert.Equal($"The target (-5) may not be negative: {metric} is never below zero. Give a target of 0 or more.", error);
    }

    [Fact]
    public void A_negative_baseline_on_a_rate_is_refused_too()
    {
        var (goal, error) = new GoalRequest { Name = "Rate", Metric = "contact-rate", Target = 0.05m, Baseline = -0.01m, Deadline = Today.AddDays(30) }.Apply(null, Today);
        Assert.Null(goal);
        Assert.Equal("The baseline (-0.01) may not be negative: contact-rate is never below zero. Give a baseline of 0 or more.", error);
    }

    [Fact]
    public void A_negative_roi_target_and_a_negative_percent_change_stay_allowed()
    {
        var (roi, roiError) = new GoalRequest { Name = "Lose less", Metric = "roi", Target = -0.2m, Deadline = Today.AddDays(30) }.Apply(null, Today);
        Assert.Null(roiError);
        Assert.Equal(-0.2m, roi!.Target);

        var (cut, cutError) = new GoalRequest { Name = "Cut cost", Metric = "cost", TargetPercent = -20, Deadline = Today.AddDays(30) }.Apply(null, Today);
        Assert.Null(cutError);
        Assert.Equal(-20m, cut!.TargetPercent);
    }

    [Fact]
    public void Only_roi_may_be_negative_in_the_catalogue()
    {
        Assert.Equal(["roi"], GoalMetrics.All.Where(m => m.CanBeNegative).Select(m => m.Name));
    }

    [Theory]
    [InlineData("response-rate", 95)]
    [InlineData("negative-mention-share", 1.2)]
    public void A_share_target_above_one_is_refused_as_a_percentage_written_as_a_whole_number(string metric, double target)
    {
        var (goal, error) = new GoalRequest { Name = "Share", Metric = metric, Target = (decimal)target, Deadline = Today.AddDays(30) }.Apply(null, Today);

        Assert.Null(goal);
        Assert.Contains($"is above 1: {metric} is a share from 0 to 1 (100 %). Give it as a fraction, e.g. 0.95 for 95 %.", error, StringComparison.Ordinal);
        Assert.NotNull(new GoalRequest { Name = "Share", Metric = metric, Target = 1m, Deadline = Today.AddDays(30) }.Apply(null, Today).Goal);
    }
}
