namespace Payoff.Core.Statistics;

/// <summary>
/// The 95 % Wilson score interval of a proportion (reference §8): honest for small samples and for
/// rates near 0 or 1, where the normal approximation is not.
/// </summary>
/// <param name="Successes">The successes (contacts).</param>
/// <param name="Trials">The trials (sessions).</param>
public sealed record WilsonInterval(long Successes, long Trials)
{
    private const double Z = 1.959964;

    /// <summary>The observed rate, or null without trials.</summary>
    public double? Rate => Trials == 0 ? null : (double)Successes / Trials;

    /// <summary>The interval's lower end (0 without trials).</summary>
    public double Low => Bounds().Low;

    /// <summary>The interval's upper end (1 without trials).</summary>
    public double High => Bounds().High;

    /// <summary>Whether this interval lies wholly above <paramref name="other"/>'s.</summary>
    public bool Above(WilsonInterval other) => Trials > 0 && other is { Trials: > 0 } && Low > other.High;

    /// <summary>Whether this interval lies wholly below <paramref name="other"/>'s.</summary>
    public bool Below(WilsonInterval other) => Trials > 0 && other is { Trials: > 0 } && High < other.Low;

    private (double Low, double High) Bounds()
    {
        if (Trials == 0)
        {
            return (0, 1);
        }

        var n = (double)Trials;
        var p = Successes / n;
        var denominator = 1 + (Z * Z / n);
        var centre = (p + (Z * Z / (2 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
