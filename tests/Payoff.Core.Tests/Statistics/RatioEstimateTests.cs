using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>The pooled rate of posts and its cluster (linearised ratio-estimator) interval, against hand computation.</summary>
public sealed class RatioEstimateTests
{
    [Fact]
    public void Five_posts_pool_their_sums_and_get_the_interval_worked_by_hand()
    {
        long[] engagements = [30, 50, 20, 30, 40];
        long[] impressions = [1000, 2000, 500, 1500, 1000];
        var estimate = RatioEstimate.Of(engagements, impressions)!;

        // R = 170 / 6000 = 17/600. Residuals y − R·x: 5/3, −20/3, 35/6, −25/2, 35/3; their squares sum to
        // (100 + 1600 + 1225 + 5625 + 4900) / 36 = 13450/36. x̄ = 1200; v = (13450/36) / (5 · 4 · 1200²).
        var se = Math.Sqrt(13450 / 36.0 / (5 * 4 * 1200.0 * 1200));
        Assert.Equal(17 / 600.0, estimate.Rate, 15);
        Assert.Equal(se, estimate.StandardError ?? double.NaN, 15);
        Assert.Equal(0.0036018, se, 7);

        // t(0.975, 4) = 2.776445.
        Assert.Equal((17 / 600.0) - (2.776445 * se), estimate.Low ?? double.NaN, 6);
        Assert.Equal((17 / 600.0) + (2.776445 * se), estimate.High ?? double.NaN, 6);
        Assert.Equal(5, estimate.Posts);
    }

    [Fact]
    public void The_rate_is_the_ratio_of_sums_not_the_mean_of_post_rates()
    {
        // Rates 10 % and 1 %: mean 5.5 %, but 11 engagements of 1100 impressions is 1 %.
        var estimate = RatioEstimate.Of([10, 10], [100, 1000])!;
        Assert.Equal(20 / 1100.0, estimate.Rate, 15);
    }

    [Fact]
    public void The_interval_stops_at_zero()
    {
        // R = 10/400; residuals −2.5 (three times) and 7.5: v = 75 / (4 · 3 · 100²), SE = 0.025; t(3) = 3.182446.
        var estimate = RatioEstimate.Of([0, 0, 0, 10], [100, 100, 100, 100])!;
        Assert.Equal(0.025, estimate.StandardError ?? double.NaN, 12);
        Assert.Equal(0, estimate.Low);
        Assert.Equal(0.025 + (3.182446 * 0.025), estimate.High ?? double.NaN, 6);
    }

    [Fact]
    public void One_post_has_a_rate_but_no_interval_and_no_basis_has_no_rate()
    {
        var single = RatioEstimate.Of([7], [200])!;
        Assert.Equal(0.035, single.Rate, 15);
        Assert.Null(single.StandardError);
        Assert.Null(single.Low);
        Assert.Null(single.High);

        Assert.Null(RatioEstimate.Of([3, 0], [0, 0]));
        Assert.Null(RatioEstimate.Of([], []));
    }

    [Fact]
    public void Bad_counts_are_refused_with_the_post_named()
    {
        var negative = Assert.Throws<ArgumentException>(() => RatioEstimate.Of([1, -2], [10, 10]));
        Assert.Contains("Post 1 (counting from 0) has -2 engagements", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RatioEstimate.Of([1, 2], [10]));
    }
}
