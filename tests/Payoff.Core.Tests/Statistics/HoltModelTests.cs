using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

public sealed class HoltModelTests
{
    [Fact]
    public void A_perfectly_linear_history_forecasts_the_same_line_with_no_error()
    {
        var line = Enumerable.Range(0, 30).Select(i => 400 + (3.0 * i)).ToArray();
        var model = HoltModel.Fit(line);
        Assert.Equal(0, model.SumOfSquares, 9);
        var forecast = model.Forecast(10);
        Assert.Equal(400 + (3.0 * 39), forecast.Value, 6);
        Assert.Equal(0, forecast.StandardError, 9);
        Assert.Equal(1, forecast.ProbabilityAtLeast(400 + (3.0 * 39) - 0.01));
    }

    [Fact]
    public void The_recursions_match_values_worked_by_hand()
    {
        // y = 10, 12, 15, 15, 18; α = 0.5, β = 0.5; ℓ₀ = 10, b₀ = 2.
        // t=1: ŷ=12, e=0,  ℓ=12,     b=2
        // t=2: ŷ=14, e=1,  ℓ=14.5,   b=2.25
        // t=3: ŷ=16.75, e=-1.75, ℓ=15.875, b=1.8125
        // t=4: ŷ=17.6875, e=0.3125, ℓ=17.84375, b=1.890625
        var model = HoltModel.With([10, 12, 15, 15, 18], 0.5, 0.5);
        Assert.Equal(17.84375, model.Level, 9);
        Assert.Equal(1.890625, model.Trend, 9);
        Assert.Equal(0 + 1 + 3.0625 + 0.09765625, model.SumOfSquares, 9);
        Assert.Equal(17.84375 + (3 * 1.890625), model.Forecast(3).Value, 9);
    }

    [Fact]
    public void The_prediction_interval_widens_with_the_horizon_and_the_fit_beats_fixed_parameters()
    {
        var random = new Random(7);
        var noisy = Enumerable.Range(0, 120).Select(i => 100 + (0.8 * i) + ((random.NextDouble() - 0.5) * 10)).ToArray();
        var fitted = HoltModel.Fit(noisy);
        Assert.True(fitted.SumOfSquares <= HoltModel.With(noisy, 0.5, 0.5).SumOfSquares);
        Assert.True(fitted.Forecast(30).StandardError > fitted.Forecast(1).StandardError);
        var thirty = fitted.Forecast(30);
        Assert.InRange(thirty.Value, 100 + (0.8 * 149) - 15, 100 + (0.8 * 149) + 15);
        Assert.True(thirty.Low < thirty.Value && thirty.Value < thirty.High);
    }
}
