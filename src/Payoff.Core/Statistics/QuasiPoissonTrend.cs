using MathNet.Numerics.Distributions;

namespace Payoff.Core.Statistics;

/// <summary>
/// Whether a series of counts (visits, contacts… per week) really rises or falls: a Poisson regression
/// with log link, log μᵢ = log eᵢ + a + b·i (eᵢ the period's exposure, i its index), fitted by
/// iteratively reweighted least squares; the slope's standard error is scaled by √φ, the
/// overdispersion φ = Pearson χ² / (n − 2) floored at 1 (quasi-Poisson), and its 95 % interval uses
/// Student's t with n − 2 degrees of freedom. A rise or fall is called only when that interval
/// excludes zero (docs/METRICS.md, "The trend test").
/// </summary>
/// <remarks>
/// Web counts are overdispersed (weekdays, posts, campaigns), so a plain Poisson interval would call
/// noise a trend; φ widens it by the noise the series itself shows. A partial period (a week cut by
/// the end of a month) carries its share of a whole one as exposure, so it is not read as a drop.
/// </remarks>
public static class QuasiPoissonTrend
{
    private const int MaxIterations = 100;

    /// <summary>
    /// Fits the trend of <paramref name="counts"/> (oldest first), each with its exposure (1 for a
    /// whole period; null means all whole). Null when there is nothing to fit: fewer than three
    /// periods, no count above zero, or every count in the first or last period alone (the slope is
    /// then unbounded — too few to tell).
    /// </summary>
    /// <exception cref="ArgumentException">Exposures of another length than the counts, a non-positive exposure, or a negative count.</exception>
    public static CountTrend? Fit(IReadOnlyList<long> counts, IReadOnlyList<double>? exposures = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (exposures is not null && exposures.Count != counts.Count)
        {
            throw new ArgumentException($"{exposures.Count} exposures for {counts.Count} counts: give one per count.", nameof(exposures));
        }

        if (counts.Any(c => c < 0) || (exposures?.Any(e => !(e > 0)) ?? false))
        {
            throw new ArgumentException("Counts must be zero or more and exposures above zero.", nameof(counts));
        }

        var n = counts.Count;
        if (n < 3 || counts.All(c => c == 0))
        {
            return null;
        }

        var y = counts.Select(c => (double)c).ToArray();
        var offset = Enumerable.Range(0, n).Select(i => Math.Log(exposures?[i] ?? 1)).ToArray();
        var mean = y.Sum() / n;
        double a = Math.Log(mean), b = 0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double sw = 0, swx = 0, swxx = 0, swz = 0, swxz = 0;
            for (var i = 0; i < n; i++)
            {
                var eta = a + (b * i);
                var mu = Math.Exp(offset[i] + eta);
                var z = eta + ((y[i] - mu) / mu);
                sw += mu;
                swx += mu * i;
                swxx += mu * i * i;
                swz += mu * z;
                swxz += mu * i * z;
            }

            var det = (sw * swxx) - (swx * swx);
            if (!(det > 0))
            {
                return null;
            }

            var nextB = ((sw * swxz) - (swx * swz)) / det;
            var nextA = (swz - (nextB * swx)) / sw;
            var done = Math.Abs(nextB - b) < 1e-10 && Math.Abs(nextA - a) < 1e-10;
            (a, b) = (nextA, nextB);
            if (done)
            {
                return Result(y, offset, a, b);
            }

            if (double.IsNaN(b) || Math.Abs(b) > 30)
            {
                return null;
            }
        }

        return null;
    }

    private static CountTrend Result(double[] y, double[] offset, double a, double b)
    {
        var n = y.Length;
        double sw = 0, swx = 0, swxx = 0, pearson = 0;
        for (var i = 0; i < n; i++)
        {
            var mu = Math.Exp(offset[i] + a + (b * i));
            sw += mu;
            swx += mu * i;
            swxx += mu * i * i;
            pearson += (y[i] - mu) * (y[i] - mu) / mu;
        }

        var dispersion = Math.Max(1, pearson / (n - 2));
        var se = Math.Sqrt(dispersion * sw / ((sw * swxx) - (swx * swx)));
        var t = StudentT.InvCDF(0, 1, n - 2, 0.975);
        return new CountTrend(b, se, dispersion, b - (t * se), b + (t * se), n);
    }
}
