using Payoff.Application.Goals;
using Payoff.Application.Tables;
using Payoff.Core.Goals;

namespace Payoff.Cli.Tests;

/// <summary>A goal's figures are shown as its metric is: shares as percentages, amounts in money, times and ROAS as numbers.</summary>
public sealed class GoalValueKindTests
{
    [Theory]
    [InlineData("response-rate", CellKind.Percent)]
    [InlineData("negative-mention-share", CellKind.Percent)]
    [InlineData("contact-rate", CellKind.Percent)]
    [InlineData("cost-per-lead", CellKind.Money)]
    [InlineData("revenue", CellKind.Money)]
    [InlineData("response-time", CellKind.Number)] // minutes, never an amount of money
    [InlineData("roas", CellKind.Number)] // revenue ÷ ad spend: a ratio, not an amount
    [InlineData("mentions", CellKind.Number)]
    public void A_goal_value_has_its_metrics_kind(string metric, CellKind kind) =>
        Assert.Equal(kind, GoalsReportTable.Value(GoalMetrics.Find(metric)!, 1.5m, "EUR")!.Kind);
}
