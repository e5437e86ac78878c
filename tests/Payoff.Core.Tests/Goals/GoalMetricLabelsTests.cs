using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

/// <summary>Goal metrics read as words on pages, not as machine names (issue 15, QA item 5).</summary>
public sealed class GoalMetricLabelsTests
{
    [Theory]
    [InlineData("new-followers", "New followers")]
    [InlineData("time-hours", "Staff hours")]
    [InlineData("cost-per-lead", "Cost per lead (CPL)")]
    [InlineData("negative-mention-share", "Share of negative mentions")]
    [InlineData("roi", "ROI")]
    [InlineData("roas", "ROAS")]
    [InlineData("contacts", "Contacts (leads)")]
    public void Regression_a_metric_is_labelled_in_words(string name, string label) =>
        Assert.Equal(label, GoalMetricLabels.Label(GoalMetrics.Find(name)!));

    [Fact]
    public void Every_metric_has_a_label_without_dashes() =>
        Assert.All(GoalMetrics.All, m => Assert.DoesNotContain("-", GoalMetricLabels.Label(m), StringComparison.Ordinal));
}
