using MathNet.Numerics.Distributions;

namespace Payoff.Core.Statistics;

/// <summary>
/// The median of a group of per-post values with its distribution-free 95 % confidence interval
/// [X₍ₖ₎, X₍ₙ₋ₖ₊₁₎] from the sorted values X₍₁₎ ≤ … ≤ X₍ₙ₎: the interval of the sign test, since the
/// number of values below the true median is Binomial(n, ½) whatever the values' distribution
/// (Conover, Practical Nonparametric Statistics, 3rd ed., 1999, §3.2, confidence interval for a
/// quantile).
/// </summary>
/// <remarks>
/// k is the largest whole number with P(B ≤ k − 1) ≤ 0.025 for B ~ Binomial(n, ½), so the coverage
/// 1 − 2·P(B ≤ k − 1) is at least 95 % (and exact, not approximate). Below
/// <see cref="MinimumPosts"/> values even the widest interval, from the smallest to the largest,
/// covers less than 95 % (1 − 2·½ⁿ: 93.75 % at n = 5), so there is none.
/// </remarks>
/// <param name="Median">The sample median (the mean of the two middle values when n is even), in the values' unit.</param>
/// <param name="Low">X₍ₖ₎, the interval's lower end; null below <see cref="MinimumPosts"/> values.</param>
/// <param name="High">X₍ₙ₋ₖ₊₁₎, the interval's upper end; null below <see cref="MinimumPosts"/> values.</param>
/// <param name="Coverage">The interval's exact confidence level 1 − 2·P(B ≤ k − 1), from 0.95 to 1 (0.969 at n = 6); null without an interval.</param>
/// <param name="Count">n, the values (posts).</param>
public sealed record MedianInterval(double Median, double? Low, double? High, double? Coverage, int Count)
{
    /// <summary>The fewest values with a 95 % interval: 6, where [X₍₁₎, X₍₆₎] covers 1 − 2/64 = 96.9 %.</summary>
    public const int MinimumPosts = 6;

    private const double Tail = 0.025;

    /// <summary>The median of <paramref name="values"/> (one per post, any order) and its 95 % interval.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">No values, or one is NaN or an infinity (the message names its position).</exception>
    public static MedianInterval Of(IReadOnlyList<double> values)
    {
        var sorted = FiniteSample.Sorted(values, nameof(values));
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        if (n < MinimumPosts)
        {
            return new MedianInterval(median, null, null, null, n);
        }

        // The largest k in [1, ⌈n/2⌉] whose lower tail P(B ≤ k − 1) stays within 2.5 %; the tail rises with k.
        int low = 1, high = (n + 1) / 2;
        while (low < high)
        {
            var k = low + ((high - low + 1) / 2);
            if (Binomial.CDF(0.5, n, k - 1) <= Tail)
            {
                low = k;
            }
            else
            {
                high = k - 1;
            }
        }

        return new MedianInterval(median, sorted[low - 1], sorted[n - low], 1 - (2 * Binomial.CDF(0.5, n, low - 1)), n);
    }
}
