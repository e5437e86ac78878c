using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>The quasi-Poisson trend test against values computed by hand from its closed forms.</summary>
public sealed class QuasiPoissonTrendTests
{
    [Fact]
    public void A_flat_series_has_a_zero_slope_with_the_poisson_standard_error()
    {
        // μ = 10 everywhere; Var(b) = 1 / Σ μ (i − 1.5)² = 1 / (10 × 5); χ² = 0, so φ = 1.
        var trend = QuasiPoissonTrend.Fit([10, 10, 10, 10])!;
        Assert.Equal(0, trend.Slope, 9);
        Assert.Equal(Math.Sqrt(1 / 50.0), trend.StandardError, 9);
        Assert.Equal(1, trend.Dispersion, 9);
        Assert.Equal(TrendDirection.Steady, trend.Direction);
    }

    [Fact]
    public void A_series_that_doubles_each_period_has_slope_ln_2_and_rises()
    {
        // Fits exactly; Σμi = 340, Σμ = 150, Σμi² = 900: Var(b) = 1 / (900 − 340² / 150); t(2) = 4.302653.
        var trend = QuasiPoissonTrend.Fit([10, 20, 40, 80])!;
        var se = Math.Sqrt(1 / (900 - (340.0 * 340 / 150)));
        Assert.Equal(Math.Log(2), trend.Slope, 9);
        Assert.Equal(se, trend.StandardError, 9);
        Assert.Equal(Math.Log(2) - (4.302653 * se), trend.Low, 5);
        Assert.Equal(TrendDirection.Rising, trend.Direction);
        Assert.Equal(1, trend.ChangeOver(1), 9);
    }

    [Fact]
    public void Overdispersion_widens_the_interval_by_the_square_root_of_phi()
    {
        // Symmetric, so b = 0 and μ = 16; χ² = (16 + 36 + 16 + 36 + 16) / 16 = 7.5, φ = 7.5 / 3 = 2.5;
        // Var(b) = φ / (16 × Σ (i − 2)²) = 2.5 / 160; t(3) = 3.182446.
        var trend = QuasiPoissonTrend.Fit([20, 10, 20, 10, 20])!;
        Assert.Equal(0, trend.Slope, 9);
        Assert.Equal(2.5, trend.Dispersion, 9);
        Assert.Equal(0.125, trend.StandardError, 9);
        Assert.Equal(3.182446 * 0.125, trend.High, 5);
        Assert.Equal(TrendDirection.Steady, trend.Direction);
    }

    [Fact]
    public void A_partial_period_counts_by_its_exposure_not_as_a_drop()
    {
        // The same rate of 10 per whole period: b = 0; Σμ = 45, Σμi = 50, Σμi² = 80.
        var trend = QuasiPoissonTrend.Fit([10, 20, 15], [1, 2, 1.5])!;
        Assert.Equal(0, trend.Slope, 9);
        Assert.Equal(Math.Sqrt(1 / (80 - (50.0 * 50 / 45))), trend.StandardError, 9);

        var cut = QuasiPoissonTrend.Fit([70, 70, 70, 70, 20], [1, 1, 1, 1, 2 / 7.0])!;
        Assert.Equal(TrendDirection.Steady, cut.Direction);
    }

    [Fact]
    public void Regression_contacts_0_0_2_are_noise_not_a_rise()
    {
        // The bug: "Contacts rose +150 % a month" on 0 → 0 → 2 a month.
        long[] weeks = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0];
        Assert.NotEqual(TrendDirection.Rising, QuasiPoissonTrend.Fit(weeks)?.Direction ?? TrendDirection.Steady);
        Assert.Null(QuasiPoissonTrend.Fit([0, 0, 0, 2]));
        Assert.Null(QuasiPoissonTrend.Fit([0, 0, 0]));
        Assert.Null(QuasiPoissonTrend.Fit([5, 6]));
    }

    [Fact]
    public void Regression_150_100_50_visits_a_month_fall()
    {
        long[] weeks = [35, 36, 34, 35, 23, 24, 22, 23, 12, 11, 12, 13];
        var trend = QuasiPoissonTrend.Fit(weeks)!;
        Assert.Equal(TrendDirection.Falling, trend.Direction);
        Assert.True(trend.ChangeOver(52 / 12.0) < -0.2);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        Assert.Throws<ArgumentException>(() => QuasiPoissonTrend.Fit([1, 2, 3], [1, 1]));
        Assert.Throws<ArgumentException>(() => QuasiPoissonTrend.Fit([1, -2, 3]));
        Assert.Throws<ArgumentException>(() => QuasiPoissonTrend.Fit([1, 2, 3], [1, 0, 1]));
    }
}
