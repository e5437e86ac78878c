namespace Payoff.Core.Statistics;

/// <summary>
/// The exact null distribution of the Mann–Whitney U of a sample of <c>m</c> among <c>m + n</c> values
/// without ties: how many of the C(m + n, m) equally likely orderings give each U from 0 to m·n.
/// </summary>
/// <remarks>
/// Built by the recurrence of Mann and Whitney (1947): the largest value is either one of the m,
/// which beats all n others (U gains n), or one of the n (U gains nothing), so
/// f(u; m, n) = f(u − n; m − 1, n) + f(u; m, n − 1). Only additions of positive counts, so the
/// doubles stay accurate to a few ulps even where C(98, 49) ≈ 2.5·10²⁸ exceeds exact integers.
/// R's <c>cwilcox</c> computes the same counts. Used below 50 values a sample, where it costs about
/// m²n²/4 additions.
/// </remarks>
internal sealed class RankSumDistribution
{
    // C's DBL_EPSILON, the gap between 1 and the next double (.NET's double.Epsilon is the smallest subnormal).
    private const double MachineEpsilon = 2.220446049250313e-16;

    private readonly double[] counts;
    private readonly double total;

    public RankSumDistribution(int m, int n)
    {
        var previous = new double[n + 1][];
        Array.Fill(previous, [1.0]);
        for (var i = 1; i <= m; i++)
        {
            var current = new double[n + 1][];
            current[0] = [1.0];
            for (var j = 1; j <= n; j++)
            {
                var xLargest = previous[j];
                var yLargest = current[j - 1];
                var f = new double[(i * j) + 1];
                for (var u = 0; u < f.Length; u++)
                {
                    f[u] = (u >= j ? xLargest[u - j] : 0) + (u < yLargest.Length ? yLargest[u] : 0);
                }

                current[j] = f;
            }

            previous = current;
        }

        counts = previous[n];
        total = counts.Sum();
    }

    /// <summary>P(U ≤ <paramref name="u"/>), R's <c>pwilcox(u, m, n)</c>.</summary>
    public double AtMost(long u) => u < 0 ? 0 : Math.Min(1, counts.Take((int)Math.Min(u + 1, counts.Length)).Sum() / total);

    /// <summary>P(U ≥ <paramref name="u"/>), R's <c>pwilcox(u − 1, m, n, lower.tail = FALSE)</c>.</summary>
    public double AtLeast(long u) => u <= 0 ? 1 : counts.Skip((int)Math.Min(u, counts.Length)).Sum() / total;

    /// <summary>
    /// The smallest u with P(U ≤ u) ≥ <paramref name="p"/>, R's <c>qwilcox(p, m, n)</c> for p ≤ ½,
    /// with R's allowance of 10 machine epsilons for rounding in the sum.
    /// </summary>
    public long Quantile(double p)
    {
        var target = p - (10 * MachineEpsilon);
        double cumulative = 0;
        for (var u = 0; u < counts.Length; u++)
        {
            cumulative += counts[u] / total;
            if (cumulative >= target)
            {
                return u;
            }
        }

        return counts.Length - 1;
    }
}
