using MathNet.Numerics.Distributions;

namespace Payoff.Core.Statistics;

/// <summary>
/// The Wilcoxon rank-sum test (Wilcoxon 1945), equivalently the Mann–Whitney U test (Mann and Whitney
/// 1947), two-sided, for whether one group of posts tends to score higher than another on a per-post
/// value — engagement rate of video posts against image posts, say — with no assumption about the
/// values' distribution. It follows R's <c>wilcox.test(x, y, conf.int = TRUE)</c> with its defaults
/// (<c>exact = NULL, correct = TRUE, conf.level = 0.95</c>) so that every number can be checked
/// against R; see <see cref="RankSumComparison"/> for each number and where it departs from R.
/// </summary>
/// <remarks>
/// <para>
/// Exact when both groups have fewer than 50 posts and no two values are equal: the p-value from the
/// exact null distribution of U and the interval from order statistics of the n₁·n₂ pairwise
/// differences. Otherwise the normal approximation, with σ² = n₁n₂/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))
/// (N = n₁ + n₂, t the sizes of the groups of tied values) and a continuity correction of ½ towards
/// n₁n₂/2 (Hollander and Wolfe, Nonparametric Statistical Methods, 2nd ed., §4.1; R's source).
/// </para>
/// <para>
/// The interval in the normal case is where R's root-finding lands, computed exactly: shifting the
/// first group by d, the corrected z of the shifted samples is a step function of d that changes only
/// at the pairwise differences, so the root is the k-th smallest difference with k the first count of
/// differences at or below d for which z falls past ∓1.96 (with σ counting the ties within each
/// group, the only ones left between steps).
/// </para>
/// <para>
/// Any group sizes are accepted: order statistics of the differences are found without storing them
/// (at most 64 passes over the two sorted groups), and the exact distribution is only built below 50
/// posts a group. The values are compared as given; the test is for independent posts, not for the
/// same post measured twice.
/// </para>
/// </remarks>
public static class RankSumTest
{
    private const int ExactBelow = 50;
    private const double Confidence = 0.95;
    private static readonly double ZCritical = Normal.InvCDF(0, 1, 1 - ((1 - Confidence) / 2));

    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/> (one value per post, in any order).</summary>
    /// <returns>The test, the effect size and the shift of the first group over the second.</returns>
    /// <exception cref="ArgumentNullException">Either group is null.</exception>
    /// <exception cref="ArgumentException">
    /// Either group is empty, or holds NaN or an infinity (a post without a basis has no rate: leave it
    /// out); the message names the group and the value's position.
    /// </exception>
    public static RankSumComparison Compare(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        var x = FiniteSample.Sorted(first, nameof(first));
        var y = FiniteSample.Sorted(second, nameof(second));
        var ranks = Ranks.Of(x, y);
        double n1 = x.Length, n2 = y.Length, pairs = n1 * n2;
        var u = ranks.FirstRankSum - (n1 * (n1 + 1) / 2);
        var differences = new PairwiseDifferences(x, y);
        var shift = differences.Median();

        if (x.Length < ExactBelow && y.Length < ExactBelow && !ranks.HasTies)
        {
            var distribution = new RankSumDistribution(x.Length, y.Length);
            var whole = (long)u;
            var tail = u > pairs / 2 ? distribution.AtLeast(whole) : distribution.AtMost(whole);
            var q = Math.Max(1, distribution.Quantile((1 - Confidence) / 2));
            return new RankSumComparison(
                x.Length, y.Length, ranks.FirstRankSum, u, null, Math.Min(1, 2 * tail), IsExact: true, u / pairs,
                shift, differences.OrderStatistic(q), differences.OrderStatistic(differences.Count - q + 1),
                1 - (2 * distribution.AtMost(q - 1)));
        }

        var sigma = Sigma(n1, n2, ranks.AllTies);
        double? z = sigma == 0 ? 0 : Corrected(u - (pairs / 2), sigma);
        var p = sigma == 0 ? 1 : Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z.Value)));

        var sigmaShifted = Sigma(n1, n2, ranks.WithinTies);
        var low = differences.OrderStatistic(Clamp(FirstCountBelow(pairs, sigmaShifted, ZCritical), differences.Count));
        var high = differences.OrderStatistic(Clamp(FirstCountBelow(pairs, sigmaShifted, -ZCritical), differences.Count));
        return new RankSumComparison(
            x.Length, y.Length, ranks.FirstRankSum, u, z, p, IsExact: false, u / pairs, shift, low, high, Confidence);
    }

    private static double Sigma(double n1, double n2, double ties)
    {
        var n = n1 + n2;
        return Math.Sqrt(n1 * n2 / 12 * ((n + 1) - (ties / (n * (n - 1)))));
    }

    // R: (dz − sign(dz)·½) / σ, dz = U − n₁n₂/2.
    private static double Corrected(double dz, double sigma) => (dz - (Math.Sign(dz) * 0.5)) / sigma;

    /// <summary>
    /// The smallest count k of differences at or below the shift d for which the corrected z of the
    /// shifted samples, (n₁n₂/2 − k − ½·sign(·)) / σ, falls below <paramref name="target"/>: z only
    /// falls as k rises, so start from the uncorrected solution and step to the first k that does.
    /// </summary>
    private static long FirstCountBelow(double pairs, double sigma, double target)
    {
        var k = (long)Math.Floor(Math.Clamp((pairs / 2) - (target * sigma), 0, pairs));
        while (k > 0 && Corrected((pairs / 2) - (k - 1), sigma) < target)
        {
            k--;
        }

        while (k <= pairs && !(Corrected((pairs / 2) - k, sigma) < target))
        {
            k++;
        }

        return k;
    }

    // R returns the smallest (largest) difference when z never crosses inside them.
    private static long Clamp(long k, long count) => Math.Clamp(k, 1, count);
}
