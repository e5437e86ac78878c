using Payoff.Core.Goals;

namespace Payoff.Core.Tests.Goals;

public sealed class GoalChanceTests
{
    [Fact]
    public void Regression_0_percent_0_1_percent_and_0_06_percent_one_unlikely_goal_reads_less_than_one_percent_everywhere()
    {
        Assert.Equal("< 1 %", GoalChance.Format(0.0006m));
        Assert.Equal("< 1 %", GoalChance.Format(0.00999m));
        Assert.Equal("0 %", GoalChance.Format(0m));
    }

    [Fact]
    public void A_chance_is_a_whole_percentage_rounded_half_away_from_zero_and_never_certain_until_it_is()
    {
        Assert.Equal("1 %", GoalChance.Format(0.01m));
        Assert.Equal("38 %", GoalChance.Format(0.375m));
        Assert.Equal("99 %", GoalChance.Format(0.99m));
        Assert.Equal("> 99 %", GoalChance.Format(0.9996m));
        Assert.Equal("100 %", GoalChance.Format(1m));
        Assert.Equal("—", GoalChance.Format(null));
    }
}
