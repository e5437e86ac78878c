namespace Payoff.Core.Demo;

/// <summary>The demo's draws from a seeded <see cref="Random"/>.</summary>
internal static class DemoRandom
{
    /// <summary>An index drawn with the relative <paramref name="weights"/>.</summary>
    public static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A Poisson count with mean <paramref name="mean"/> (Knuth's method: the means here are small).</summary>
    public static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var (count, product) = (0, random.NextDouble());
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>A log-normal factor with median 1 and log-scale spread <paramref name="sigma"/> (Box–Muller).</summary>
    public static double LogNormal(Random random, double sigma)
    {
        var u = 1 - random.NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Exp(sigma * normal);
    }
}
