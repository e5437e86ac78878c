using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>The median's order-statistic (sign-test) interval against the binomial rule worked by hand.</summary>
public sealed class MedianIntervalTests
{
    [Fact]
    public void Five_posts_have_a_median_but_no_95_percent_interval()
    {
        // Even [min, max] covers only 1 − 2 · (1/2)⁵ = 93.75 %.
        var result = MedianInterval.Of([0.05, 0.01, 0.04, 0.02, 0.03]);
        Assert.Equal(0.03, result.Median);
        Assert.Null(result.Low);
        Assert.Null(result.High);
        Assert.Null(result.Coverage);
        Assert.Equal(6, MedianInterval.MinimumPosts);
    }

    [Fact]
    public void Six_posts_get_the_smallest_to_the_largest_with_coverage_62_in_64()
    {
        var result = MedianInterval.Of([6, 1, 5, 2, 4, 3]);
        Assert.Equal(3.5, result.Median);
        Assert.Equal(1, result.Low);
        Assert.Equal(6, result.High);
        Assert.Equal(62 / 64.0, result.Coverage ?? double.NaN, 12);
    }

    [Theory]
    // n = 10: P(B ≤ 1) = (1 + 10)/1024 ≤ 0.025 < P(B ≤ 2) = 56/1024, so k = 2: the 2nd and 9th values.
    [InlineData(10, 2, 22 / 1024.0)]
    // n = 20: P(B ≤ 5) = (1 + 20 + 190 + 1140 + 4845 + 15504)/2²⁰ = 21700/2²⁰ ≤ 0.025 < P(B ≤ 6) = 60460/2²⁰: 6th and 15th.
    [InlineData(20, 6, 2 * 21700 / 1048576.0)]
    public void The_interval_runs_between_the_order_statistics_the_binomial_rule_picks(int n, int k, double outside)
    {
        Assert.Equal(outside / 2, Enumerable.Range(0, k).Sum(i => Choose(n, i)) / Math.Pow(2, n), 15);
        Assert.True(Enumerable.Range(0, k).Sum(i => Choose(n, i)) / Math.Pow(2, n) <= 0.025);
        Assert.True(Enumerable.Range(0, k + 1).Sum(i => Choose(n, i)) / Math.Pow(2, n) > 0.025);

        var values = Enumerable.Range(1, n).Select(i => i * 0.001).Reverse().ToArray();
        var result = MedianInterval.Of(values);
        Assert.Equal(k * 0.001, result.Low ?? double.NaN, 12);
        Assert.Equal((n - k + 1) * 0.001, result.High ?? double.NaN, 12);
        Assert.Equal(1 - outside, result.Coverage ?? double.NaN, 12);
    }

    [Fact]
    public void A_large_group_keeps_the_rule()
    {
        // n = 1001: k from the normal approximation is about 500.5 − 1.96 · √1001 / 2 ≈ 469.5; check the exact rule instead.
        var values = Enumerable.Range(1, 1001).Select(i => (double)i).ToArray();
        var result = MedianInterval.Of(values);
        var k = (int)result.Low!.Value;
        Assert.InRange(k, 465, 475);
        Assert.Equal(1001 - k + 1, result.High);
        Assert.True(MathNet.Numerics.Distributions.Binomial.CDF(0.5, 1001, k - 1) <= 0.025);
        Assert.True(MathNet.Numerics.Distributions.Binomial.CDF(0.5, 1001, k) > 0.025);
    }

    [Fact]
    public void Empty_groups_and_values_that_are_not_numbers_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MedianInterval.Of([]));
        Assert.Throws<ArgumentException>(() => MedianInterval.Of([1, double.NegativeInfinity]));
    }

    private static double Choose(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
