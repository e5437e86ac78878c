using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Payoff.Core.Statistics;

/// <summary>
/// How many posts the two-sided rank-sum test (<see cref="RankSumTest"/>) needs to show a difference
/// of a given size, and how likely it is to show one with the posts at hand — Noether's normal
/// approximation (G. E. Noether, "Sample size determination for some common nonparametric tests",
/// JASA 82:645–647, 1987): in all N = n₁ + n₂ posts, with c = n₁/N,
/// N = (z₁₋α/₂ + z₁₋β)² / (12·c·(1 − c)·(p′ − ½)²).
/// </summary>
/// <remarks>
/// The size of a difference is the common-language effect size p′ = P(X &gt; Y) + ½·P(X = Y) (what
/// <see cref="RankSumComparison.ProbabilityFirstHigher"/> estimates), so plans are made in the unit
/// the test reports: "a video post beats an image post in 60 % of pairs". p′ and 1 − p′ need the same
/// posts. The approximation takes the variance of U under no difference and ignores the test's other
/// tail; it is the formula of R's <c>samplesize</c> and <c>statpsych::size.test.mann</c>.
/// </remarks>
public static class RankSumPower
{
    /// <summary>
    /// The posts each of two equal groups needs (c = ½, so N = (z₁₋α/₂ + z₁₋β)² / (3·(p′ − ½)²), each
    /// group ⌈N/2⌉) for the two-sided test at level <paramref name="alpha"/> to find a difference of
    /// effect size <paramref name="probabilityFirstHigher"/> with probability <paramref name="power"/>.
    /// </summary>
    /// <param name="probabilityFirstHigher">p′, from 0 to 1 (0.5 is no difference).</param>
    /// <param name="alpha">The two-sided significance level, 0.05 by default.</param>
    /// <param name="power">The wanted chance of finding the difference, 0.8 by default; above α/2 and below 1.</param>
    /// <returns>
    /// Posts per group (a whole number, rounded up); null when p′ is ½ — no number of posts shows a
    /// difference that is not there — or so close to ½ that the count would exceed <see cref="long.MaxValue"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">p′ outside [0, 1], α outside (0, 1), or the power not above α/2 and below 1.</exception>
    public static long? PostsNeededPerGroup(double probabilityFirstHigher, double alpha = 0.05, double power = 0.8)
    {
        Effect(probabilityFirstHigher);
        Alpha(alpha);
        if (!(power > alpha / 2 && power < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, string.Create(CultureInfo.InvariantCulture, $"A power of {power} is not a chance the test can be planned for: give one above α/2 = {alpha / 2} and below 1 (0.8 is usual)."));
        }

        var distance = probabilityFirstHigher - 0.5;
        var zs = Normal.InvCDF(0, 1, 1 - (alpha / 2)) + Normal.InvCDF(0, 1, power);
        var perGroup = Math.Ceiling(zs * zs / (3 * distance * distance) / 2);
        return perGroup < long.MaxValue ? (long)perGroup : null;
    }

    /// <summary>
    /// The chance that the two-sided test at level <paramref name="alpha"/> finds a difference of
    /// effect size <paramref name="probabilityFirstHigher"/> with these posts:
    /// Φ(√(12·c·(1 − c)·N)·|p′ − ½| − z₁₋α/₂), N = n₁ + n₂, c = n₁/N (Noether 1987 solved for the power).
    /// </summary>
    /// <param name="probabilityFirstHigher">p′, from 0 to 1.</param>
    /// <param name="firstCount">n₁, posts in the first group (at least 1).</param>
    /// <param name="secondCount">n₂, posts in the second group (at least 1).</param>
    /// <param name="alpha">The two-sided significance level, 0.05 by default.</param>
    /// <returns>A probability from α/2 (at p′ = ½, the one tail the approximation keeps) towards 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">p′ outside [0, 1], α outside (0, 1), or a group without posts.</exception>
    public static double Power(double probabilityFirstHigher, int firstCount, int secondCount, double alpha = 0.05)
    {
        Effect(probabilityFirstHigher);
        Alpha(alpha);
        if (firstCount < 1 || secondCount < 1)
        {
            throw new ArgumentOutOfRangeException(firstCount < 1 ? nameof(firstCount) : nameof(secondCount), string.Create(CultureInfo.InvariantCulture, $"Groups of {firstCount} and {secondCount} posts: each group needs at least one post."));
        }

        double n = (double)firstCount + secondCount;
        var c = firstCount / n;
        return Normal.CDF(0, 1, (Math.Sqrt(12 * c * (1 - c) * n) * Math.Abs(probabilityFirstHigher - 0.5)) - Normal.InvCDF(0, 1, 1 - (alpha / 2)));
    }

    private static void Effect(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, string.Create(CultureInfo.InvariantCulture, $"An effect size of {p} is not a probability: P(X > Y) + ½P(X = Y) lies from 0 to 1 (0.5 is no difference)."));
        }
    }

    private static void Alpha(double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, string.Create(CultureInfo.InvariantCulture, $"A significance level of {alpha} is not usable: give one above 0 and below 1 (0.05 is usual)."));
        }
    }
}
