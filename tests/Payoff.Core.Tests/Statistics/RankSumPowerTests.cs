using MathNet.Numerics.Distributions;
using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>Noether's (1987) sample size and power for the rank-sum test, against hand computation and published values.</summary>
public sealed class RankSumPowerTests
{
    [Fact]
    public void Equal_groups_need_the_posts_of_Noether_s_formula_rounded_up()
    {
        // p′ = 0.65: N = (1.959964 + 0.841621)² / (12 · ¼ · 0.15²) = 7.848879 / 0.0675 = 116.28, so 58.14 → 59 a group.
        var zs = 1.959963984540054 + 0.8416212335729143;
        Assert.Equal(116.28, zs * zs / (3 * 0.15 * 0.15), 2);
        Assert.Equal(59, RankSumPower.PostsNeededPerGroup(0.65));
        Assert.Equal(59, RankSumPower.PostsNeededPerGroup(0.35));

        // p′ = 0.6, α = 0.05, power 0.8: 7.848879 / (3 · 0.01) = 261.63 in all → 131 a group.
        Assert.Equal(131, RankSumPower.PostsNeededPerGroup(0.6));
    }

    [Fact]
    public void The_published_statpsych_example_needs_44_a_group()
    {
        // statpsych::size.test.mann(.05, .90, .3) returns 44 (Bonett's documentation, Noether 1987).
        Assert.Equal(44, RankSumPower.PostsNeededPerGroup(0.3, alpha: 0.05, power: 0.9));
    }

    [Fact]
    public void The_posts_needed_are_the_fewest_with_the_wanted_power()
    {
        // √(12 · ¼ · 118) · 0.15 − 1.959964 = 0.8623 → Φ = 0.806; with 58 a group, 0.8385 → 0.799.
        Assert.Equal(Normal.CDF(0, 1, (Math.Sqrt(354) * 0.15) - 1.959963984540054), RankSumPower.Power(0.65, 59, 59), 12);
        Assert.InRange(RankSumPower.Power(0.65, 59, 59), 0.8, 0.81);
        Assert.InRange(RankSumPower.Power(0.65, 58, 58), 0.79, 0.8);
    }

    [Fact]
    public void Unequal_groups_use_c_times_one_minus_c()
    {
        // 20 and 80 posts: c = 0.2, 12 · 0.2 · 0.8 · 100 = 192; p′ = 0.7 → Φ(√192 · 0.2 − 1.959964).
        Assert.Equal(Normal.CDF(0, 1, (Math.Sqrt(192) * 0.2) - 1.959963984540054), RankSumPower.Power(0.7, 20, 80), 12);
        Assert.Equal(RankSumPower.Power(0.7, 20, 80), RankSumPower.Power(0.7, 80, 20), 12);
    }

    [Fact]
    public void No_difference_needs_no_finite_number_of_posts()
    {
        Assert.Null(RankSumPower.PostsNeededPerGroup(0.5));
        Assert.Null(RankSumPower.PostsNeededPerGroup(0.5 + 1e-12));
        Assert.Equal(0.025, RankSumPower.Power(0.5, 100, 100), 12);
    }

    [Fact]
    public void Values_that_are_not_probabilities_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.PostsNeededPerGroup(1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.PostsNeededPerGroup(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.PostsNeededPerGroup(0.6, alpha: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.PostsNeededPerGroup(0.6, power: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.PostsNeededPerGroup(0.6, power: 0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankSumPower.Power(0.6, 0, 10));
    }
}
