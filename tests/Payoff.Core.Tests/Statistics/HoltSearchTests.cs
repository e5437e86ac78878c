using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>
/// The fit's grid search smooths several (α, β, φ) at once; it must pick exactly what trying them one by one picks. The
/// reference below is the search as it was written before (one candidate at a time, the same grid, the same tie rule),
/// run on random series of the shapes goals forecast: running totals, noisy levels, flat and short histories.
/// </summary>
public sealed class HoltSearchTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_fit_picks_what_a_one_by_one_search_picks(int seed)
    {
        var random = new Random(seed);
        var length = seed % 5 == 0 ? random.Next(2, 12) : random.Next(12, 200);
        var values = new double[length];
        var total = 0.0;
        for (var i = 0; i < length; i++)
        {
            var day = seed % 3 == 0 ? Math.Round(random.NextDouble() * 40) : (random.NextDouble() * 10) + (0.3 * i);
            total += day;
            values[i] = seed % 2 == 0 ? total : day;
        }

        if (seed % 7 == 0)
        {
            Array.Fill(values, 5.0);
        }

        var fitted = HoltModel.Fit(values);
        var expected = Reference(values);
        Assert.Equal(expected.Alpha, fitted.Alpha);
        Assert.Equal(expected.Beta, fitted.Beta);
        Assert.Equal(expected.Phi, fitted.Phi);
        Assert.Equal(HoltModel.With(values, expected.Alpha, expected.Beta, expected.Phi).SumOfSquares, fitted.SumOfSquares);
    }

    private static (double Alpha, double Beta, double Phi) Reference(double[] data)
    {
        var linear = Search(data, damped: false);
        if (data.Length < 8)
        {
            return (linear.Alpha, linear.Beta, linear.Phi);
        }

        var damped = Search(data, damped: true);
        return Aic(data, damped.Sse, 3) < Aic(data, linear.Sse, 2) ? (damped.Alpha, damped.Beta, damped.Phi) : (linear.Alpha, linear.Beta, linear.Phi);
    }

    private static double Aic(double[] data, double sse, int parameters)
    {
        var n = data.Length - 1;
        return (n * Math.Log(Math.Max(sse, 1e-12) / n)) + (2 * parameters);
    }

    private static (double Sse, double Alpha, double Beta, double Phi) Search(double[] data, bool damped)
    {
        double[] phis = damped ? [0.8, 0.85, 0.9, 0.95, 0.98] : [1.0];
        var best = (Sse: double.MaxValue, Alpha: 0.5, Beta: 0.1, Phi: 1.0);
        foreach (var phi in phis)
        {
            for (var a = 0.05; a <= 1.0001; a += 0.05)
            {
                for (var b = 0.01; b <= a + 0.0001; b += 0.05)
                {
                    var sse = HoltModel.With(data, a, b, phi).SumOfSquares;
                    if (sse < best.Sse - 1e-12)
                    {
                        best = (sse, a, b, phi);
                    }
                }
            }
        }

        var (_, alpha, beta, bestPhi) = best;
        for (var a = Math.Max(0.01, alpha - 0.05); a <= Math.Min(1, alpha + 0.05) + 1e-9; a += 0.005)
        {
            for (var b = Math.Max(0.001, beta - 0.05); b <= Math.Min(a, beta + 0.05) + 1e-9; b += 0.005)
            {
                var sse = HoltModel.With(data, a, b, bestPhi).SumOfSquares;
                if (sse < best.Sse - 1e-12)
                {
                    best = (sse, a, b, bestPhi);
                }
            }
        }

        return best;
    }
}
