using Payoff.Core.Content;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Content;

public sealed class ExperimentAnalysisTests
{
    private static readonly Dictionary<string, EngagementBasis> Bases = new(StringComparer.OrdinalIgnoreCase) { ["LinkedIn"] = EngagementBasis.Impressions };

    private static readonly ExperimentPlan Plan = new("LinkedIn", "video vs image", ["video", "image"], ExperimentAssignment.Type, ExperimentMetric.EngagementRate, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

    private static readonly DateOnly After = new(2025, 7, 1);

    private static IEnumerable<PostRate> Posts(string type, params long[] engagements) =>
        engagements.Select((e, i) => new PostRate("LinkedIn", $"{type}-{i}", type, e, 1000, null, null));

    private static ExperimentResult Analyze(IEnumerable<PostRate> posts, DateOnly today, ExperimentEnd? end = null) =>
        ExperimentAnalysis.Analyze(new Experiment(1, Plan, default, end), [.. posts], Bases, today);

    [Fact]
    public void Issue_17_an_ended_experiment_without_posts_is_inconclusive_not_no_difference()
    {
        var result = Analyze([], After);

        Assert.Equal((ExperimentStatus.Ended, ExperimentOutcome.Inconclusive), (result.Status, result.Outcome));
        Assert.Equal("'video vs image' on LinkedIn ended on 2025-06-30 with too few posts to compare: no post of its window was in a variant.", result.Summary);
        Assert.False(ExperimentAnalysis.Compared(result));
    }

    [Fact]
    public void Issue_17_a_variant_below_the_minimum_makes_the_ended_experiment_inconclusive()
    {
        var result = Analyze(Posts("video", 30, 40, 50).Concat(Posts("image", 10)), After);

        Assert.Equal(ExperimentOutcome.Inconclusive, result.Outcome);
        Assert.Null(result.Winner);
        Assert.Equal("'video vs image' on LinkedIn ended on 2025-06-30 with too few posts to compare: video: 3 posts; image: 1 post — each variant needed at least 2 posts to be compared.", result.Summary);
    }

    [Fact]
    public void A_third_variant_without_posts_keeps_the_compared_two_from_naming_a_winner()
    {
        var plan = Plan with { Variants = ["video", "image", "text"] };
        var posts = Posts("video", 50, 51, 52, 53, 54, 55).Concat(Posts("image", 10, 11, 12, 13, 14, 15));

        var result = ExperimentAnalysis.Analyze(new Experiment(1, plan, default, null), [.. posts], Bases, After);

        Assert.Equal(ExperimentOutcome.Inconclusive, result.Outcome);
        Assert.EndsWith("text: 0 posts: too few, as each variant needed at least 2 posts to be compared.", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_17_an_ended_experiment_speaks_in_the_past_tense()
    {
        // Hollander & Wolfe's example (as in ContentComparisonTests): p = 0.25, 28 more posts of each needed.
        var posts = Posts("video", 80, 83, 189, 104, 145, 138, 191, 164, 73, 146).Concat(Posts("image", 115, 88, 90, 74, 121)).Select(p => p with { Basis = 10_000 });

        var result = Analyze(posts, After);

        Assert.Equal(ExperimentOutcome.NoDifference, result.Outcome);
        Assert.True(ExperimentAnalysis.Compared(result));
        var finding = "video vs image on LinkedIn: 1.3 % vs 1.0 % engagement per impression — no real difference (p = 0.25, 10 and 5 posts): about 28 more posts of each would have shown a difference of this size.";
        Assert.Equal(finding, Assert.Single(result.Comparisons).Finding);
        Assert.Equal($"'video vs image' on LinkedIn ended on 2025-06-30 with no difference. {finding} Power reached: 24%.", result.Summary);
    }

    [Fact]
    public void A_winner_beat_the_others_in_the_past_tense()
    {
        var result = Analyze(Posts("video", 50, 51, 52, 53, 54, 55).Concat(Posts("image", 10, 11, 12, 13, 14, 15)), After);

        Assert.Equal((ExperimentOutcome.Winner, "video"), (result.Outcome, result.Winner));
        Assert.StartsWith("'video vs image' on LinkedIn ended on 2025-06-30: video won. video beat image on LinkedIn: 5.3 % vs 1.3 %", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_or_running_experiment_says_when_it_starts_or_ends_in_the_present_tense()
    {
        var posts = Posts("video", 80, 83, 189, 104, 145, 138, 191, 164, 73, 146).Concat(Posts("image", 115, 88, 90, 74, 121)).Select(p => p with { Basis = 10_000 });

        var planned = Analyze([], new DateOnly(2024, 12, 31));
        var running = Analyze(posts, new DateOnly(2025, 3, 1));

        Assert.Equal("'video vs image' on LinkedIn starts on 2025-01-01: no post of its window is in a variant yet.", planned.Summary);
        Assert.Null(planned.Outcome);
        Assert.StartsWith("'video vs image' on LinkedIn runs until 2025-06-30. video vs image on LinkedIn: 1.3 % vs 1.0 % engagement per impression — no real difference yet (p = 0.25, 10 and 5 posts): about 28 more posts of each would show", running.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_experiment_observed_its_window_up_to_the_day_it_was_stopped()
    {
        var calendar = new WorkspaceCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        // 23:30 UTC on 3 March is 4 March in Berlin.
        var stopped = new Experiment(1, Plan, default, new ExperimentEnd(new DateTimeOffset(2025, 3, 3, 23, 30, 0, TimeSpan.Zero), ExperimentOutcome.Stopped, null, "stopped"));
        var early = stopped with { End = stopped.End! with { At = new DateTimeOffset(2024, 12, 1, 12, 0, 0, TimeSpan.Zero) } };

        Assert.Equal(new DateRange(Plan.From, new DateOnly(2025, 3, 4)), ExperimentAnalysis.Observed(stopped, calendar));
        Assert.Null(ExperimentAnalysis.Observed(early, calendar));
        Assert.Equal(Plan.Window, ExperimentAnalysis.Observed(stopped with { End = null }, calendar));

        var result = ExperimentAnalysis.Analyze(stopped, [], Bases, After);
        Assert.Equal((ExperimentStatus.Stopped, "stopped"), (result.Status, result.Summary));
        Assert.False(ExperimentAnalysis.Compared(result));
    }
}
