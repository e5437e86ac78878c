namespace Payoff.Core.Statistics;

/// <summary>A forecast <see cref="Horizon"/> steps after the last observation, with its 95 % prediction interval.</summary>
/// <param name="Horizon">Steps ahead (days).</param>
/// <param name="Value">The point forecast.</param>
/// <param name="StandardError">The forecast error's standard deviation at that horizon.</param>
public sealed record HoltForecast(int Horizon, double Value, double StandardError)
{
    /// <summary>The lower end of the 95 % interval.</summary>
    public double Low => Value - (1.959964 * StandardError);

    /// <summary>The upper end of the 95 % interval.</summary>
    public double High => Value + (1.959964 * StandardError);

    /// <summary>The probability that the outcome is at least <paramref name="threshold"/> (normal errors).</summary>
    public double ProbabilityAtLeast(double threshold) =>
        StandardError <= 0 ? (Value >= threshold ? 1 : 0) : 1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, (threshold - Value) / StandardError);

    /// <summary>The probability that the outcome is at most <paramref name="threshold"/>.</summary>
    public double ProbabilityAtMost(double threshold) =>
        StandardError <= 0 ? (Value <= threshold ? 1 : 0) : MathNet.Numerics.Distributions.Normal.CDF(0, 1, (threshold - Value) / StandardError);
}
