namespace Payoff.Core.Statistics;

/// <summary>Rates as Payoff computes them: a ratio of two sums over the same period.</summary>
public static class Ratio
{
    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> as a fraction, or
    /// <see langword="null"/> when the denominator is zero (no rate, not a zero rate).
    /// </summary>
    public static decimal? Of(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : numerator / denominator;

    /// <summary>
    /// The relative change from <paramref name="previous"/> to <paramref name="current"/> as a fraction
    /// (0.25 is +25 %); <see langword="null"/> when there is no previous value to compare with.
    /// </summary>
    public static decimal? Change(decimal? current, decimal? previous) =>
        current is null || previous is null || previous == 0 ? null : (current.Value - previous.Value) / previous.Value;
}
