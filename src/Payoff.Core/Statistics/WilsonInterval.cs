namespace Payoff.Core.Statistics;

/// <summary>
/// The 95 % Wilson score interval of a proportion (reference §8): honest for small samples and for
/// rates near 0 or 1, where the normal approximation is not.
/// </summary>
/// <remarks>
/// The interval is defined only for a proportion: 0 ≤ successes ≤ trials. Contacts can outnumber
/// sessions (CRM contacts that arrived without a tracked visit), and then contacts ÷ sessions is a
/// ratio above 1, not a rate: <see cref="IsProportion"/> is false, <see cref="Low"/> and
/// <see cref="High"/> are null (no interval, never NaN), and <see cref="Above"/> and <see cref="Below"/>
/// are false (no comparison). Callers say so in words rather than print an interval.
/// </remarks>
/// <param name="Successes">The successes (contacts).</param>
/// <param name="Trials">The trials (sessions).</param>
public sealed record WilsonInterval(long Successes, long Trials)
{
    private const double Z = 1.959964;

    /// <summary>The observed ratio successes ÷ trials (above 1 when not a proportion), or null without trials.</summary>
    public double? Rate => Trials == 0 ? null : (double)Successes / Trials;

    /// <summary>The interval's lower end: 0 without trials (anything is possible), null when successes exceed the trials (see <see cref="IsProportion"/>).</summary>
    public double? Low => Bounds()?.Low;

    /// <summary>The interval's upper end: 1 without trials (anything is possible), null when successes exceed the trials (see <see cref="IsProportion"/>).</summary>
    public double? High => Bounds()?.High;

    /// <summary>
    /// Whether successes ÷ trials is a proportion (0 ≤ successes ≤ trials), the only case with an
    /// interval. A method, not a property, so that the interval's serialised shape stays successes,
    /// trials, rate, low and high.
    /// </summary>
    /// <returns>True when the interval is defined.</returns>
    public bool IsProportion() => Successes >= 0 && Trials >= 0 && Successes <= Trials;

    /// <summary>Whether this interval lies wholly above <paramref name="other"/>'s; false when either has no trials or is not a proportion.</summary>
    public bool Above(WilsonInterval other) => Comparable(other) && Low > other.High;

    /// <summary>Whether this interval lies wholly below <paramref name="other"/>'s; false when either has no trials or is not a proportion.</summary>
    public bool Below(WilsonInterval other) => Comparable(other) && High < other.Low;

    private bool Comparable(WilsonInterval? other) =>
        Trials > 0 && IsProportion() && other is { Trials: > 0 } && other.IsProportion();

    private (double Low, double High)? Bounds()
    {
        if (Trials == 0)
        {
            return (0, 1);
        }

        if (!IsProportion())
        {
            return null;
        }

        var n = (double)Trials;
        var p = Successes / n;
        var denominator = 1 + (Z * Z / n);
        var centre = (p + (Z * Z / (2 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
