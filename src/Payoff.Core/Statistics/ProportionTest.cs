using System.Globalization;

namespace Payoff.Core.Statistics;

/// <summary>The two-proportion z-test (pooled), for calling the difference between two rates real (reference §8).</summary>
public static class ProportionTest
{
    /// <summary>The two-sided p-value of the difference between x₁/n₁ and x₂/n₂; 1 when either has no trials.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Either is not a proportion (successes below 0 or above trials, such as more contacts than tracked
    /// sessions): the test would give NaN or a meaningless p-value, so it is refused. Check
    /// <see cref="WilsonInterval.IsProportion"/> first.
    /// </exception>
    public static double PValue(long x1, long n1, long x2, long n2)
    {
        Proportion(x1, n1, nameof(x1));
        Proportion(x2, n2, nameof(x2));
        if (n1 == 0 || n2 == 0)
        {
            return 1;
        }

        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        if (se == 0)
        {
            return 1;
        }

        var z = (((double)x1 / n1) - ((double)x2 / n2)) / se;
        return 2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, Math.Abs(z)));
    }

    /// <summary>Whether the difference is significant at the 5 % level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either is not a proportion (see <see cref="PValue"/>).</exception>
    public static bool Significant(long x1, long n1, long x2, long n2) => PValue(x1, n1, x2, n2) < 0.05;

    private static void Proportion(long successes, long trials, string name)
    {
        if (successes < 0 || trials < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(name, successes, string.Create(CultureInfo.InvariantCulture, $"{successes} successes of {trials} trials is not a proportion (successes must be between 0 and the trials): the two-proportion test is defined only for proportions."));
        }
    }
}
