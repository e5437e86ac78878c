using System.Numerics;
using System.Runtime.InteropServices;

namespace Payoff.Core.Statistics;

/// <summary>
/// Holt's linear trend method (exponential smoothing with a level and a trend, optionally damped),
/// as reference §7 defines it: ℓₜ = αyₜ + (1−α)(ℓₜ₋₁ + φbₜ₋₁); bₜ = β(ℓₜ − ℓₜ₋₁) + (1−β)φbₜ₋₁;
/// ŷₜ₊ₕ = ℓₜ + (φ + … + φʰ)bₜ, with φ = 1 for the undamped method.
/// </summary>
/// <remarks>
/// The level and trend start on the least-squares line through the first few observations, so a
/// perfectly linear history has no one-step error and forecasts the same line. <see cref="Fit"/> picks α and β
/// (and φ for the damped variant) that minimise the one-step squared error by a coarse grid refined
/// around its best point, and keeps the damped variant only when its Akaike criterion is lower. The
/// prediction variance at horizon h is σ²(1 + Σⱼ₌₁..ₕ₋₁ (α(1 + βφⱼ))²), σ² the one-step error variance.
/// </remarks>
public sealed class HoltModel
{
    private readonly double[] values;

    private HoltModel(double[] values, double alpha, double beta, double phi)
    {
        this.values = values;
        Alpha = alpha;
        Beta = beta;
        Phi = phi;
        (Level, Trend, SumOfSquares) = Run(values, Start(values), alpha, beta, phi);
        Sigma = values.Length > 3 ? Math.Sqrt(SumOfSquares / (values.Length - 3)) : 0;
    }

    /// <summary>The level smoothing parameter α.</summary>
    public double Alpha { get; }

    /// <summary>The trend smoothing parameter β.</summary>
    public double Beta { get; }

    /// <summary>The damping parameter φ (1 when undamped).</summary>
    public double Phi { get; }

    /// <summary>The level after the last observation.</summary>
    public double Level { get; }

    /// <summary>The trend after the last observation.</summary>
    public double Trend { get; }

    /// <summary>The sum of squared one-step errors over the history.</summary>
    public double SumOfSquares { get; }

    /// <summary>The standard deviation of the one-step errors.</summary>
    public double Sigma { get; }

    /// <summary>The observations the model was fitted to.</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>A model with the given parameters (no fitting).</summary>
    public static HoltModel With(IReadOnlyList<double> values, double alpha, double beta, double phi = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException("Holt's method needs at least two observations.", nameof(values));
        }

        return new HoltModel([.. values], alpha, beta, phi);
    }

    /// <summary>Fits the undamped and the damped method to <paramref name="values"/> and keeps the better by AIC.</summary>
    public static HoltModel Fit(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException("Holt's method needs at least two observations.", nameof(values));
        }

        var data = values.ToArray();
        var linear = Search(data, damped: false);
        if (data.Length < 8)
        {
            return linear;
        }

        var damped = Search(data, damped: true);
        return Aic(damped, 3) < Aic(linear, 2) ? damped : linear;
    }

    /// <summary>The forecast <paramref name="horizon"/> steps after the last observation.</summary>
    public HoltForecast Forecast(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        var phiSum = PhiSum(horizon);
        var variance = 1.0;
        for (var j = 1; j < horizon; j++)
        {
            var c = Alpha * (1 + (Beta * PhiSum(j)));
            variance += c * c;
        }

        return new HoltForecast(horizon, Level + (phiSum * Trend), horizon == 0 ? 0 : Sigma * Math.Sqrt(variance));
    }

    private double PhiSum(int h)
    {
        if (Phi >= 1)
        {
            return h;
        }

        var sum = 0.0;
        var power = 1.0;
        for (var i = 1; i <= h; i++)
        {
            power *= Phi;
            sum += power;
        }

        return sum;
    }

    private static double Aic(HoltModel model, int parameters)
    {
        var n = model.values.Length - 1;
        return (n * Math.Log(Math.Max(model.SumOfSquares, 1e-12) / n)) + (2 * parameters);
    }

    private static HoltModel Search(double[] data, bool damped)
    {
        double[] phis = damped ? [0.8, 0.85, 0.9, 0.95, 0.98] : [1.0];
        var start = Start(data);
        var grid = new Candidates();
        foreach (var phi in phis)
        {
            for (var a = 0.05; a <= 1.0001; a += 0.05)
            {
                for (var b = 0.01; b <= a + 0.0001; b += 0.05)
                {
                    grid.Add(a, b, phi);
                }
            }
        }

        var best = grid.Best(data, start, (double.MaxValue, 0.5, 0.1, 1.0));

        // Refine around the best grid point.
        var (_, alpha, beta, bestPhi) = best;
        var refined = new Candidates();
        for (var a = Math.Max(0.01, alpha - 0.05); a <= Math.Min(1, alpha + 0.05) + 1e-9; a += 0.005)
        {
            for (var b = Math.Max(0.001, beta - 0.05); b <= Math.Min(a, beta + 0.05) + 1e-9; b += 0.005)
            {
                refined.Add(a, b, bestPhi);
            }
        }

        best = refined.Best(data, start, best);
        return new HoltModel(data, best.Alpha, best.Beta, best.Phi);
    }

    /// <summary>
    /// The starting level and trend: the least-squares line through the first m = max(2, min(10, n/2))
    /// observations (its value at the first one, and its slope). A noisy first difference would
    /// otherwise steer a slowly adapting trend for a long time; a perfect line starts exactly on itself.
    /// </summary>
    private static (double Level, double Trend) Start(double[] y)
    {
        var m = Math.Max(2, Math.Min(10, y.Length / 2));
        var meanX = (m - 1) / 2.0;
        var meanY = y.Take(m).Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < m; i++)
        {
            sxy += (i - meanX) * (y[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }

        var slope = sxy / sxx;
        return (meanY - (slope * meanX), slope);
    }

    /// <summary>Smooths <paramref name="y"/> from <paramref name="start"/> (<see cref="Start"/>, worked out once for a whole search).</summary>
    private static (double Level, double Trend, double Sse) Run(double[] y, (double Level, double Trend) start, double alpha, double beta, double phi)
    {
        var (level, trend) = start;
        var sse = 0.0;
        for (var t = 1; t < y.Length; t++)
        {
            var predicted = level + (phi * trend);
            var error = y[t] - predicted;
            sse += error * error;
            var previous = level;
            level = (alpha * y[t]) + ((1 - alpha) * predicted);
            trend = (beta * (level - previous)) + ((1 - beta) * phi * trend);
        }

        return (level, trend, sse);
    }

    /// <summary>
    /// The (α, β, φ) a search tries, in the order it tries them. <see cref="Best"/> smooths several at once (one per SIMD
    /// lane, each lane the same additions and multiplications as <see cref="Run"/>, so the same sums to the last bit) and
    /// then keeps the first with the least error, as trying them one by one would.
    /// </summary>
    private sealed class Candidates
    {
        private readonly List<double> alphas = [];
        private readonly List<double> betas = [];
        private readonly List<double> phis = [];

        public void Add(double alpha, double beta, double phi)
        {
            alphas.Add(alpha);
            betas.Add(beta);
            phis.Add(phi);
        }

        /// <summary>The candidate with the least one-step squared error, <paramref name="best"/> unless one is below it by more than 1e-12.</summary>
        public (double Sse, double Alpha, double Beta, double Phi) Best(double[] y, (double Level, double Trend) start, (double Sse, double Alpha, double Beta, double Phi) best)
        {
            var count = alphas.Count;
            var sse = new double[count];
            var a = CollectionsMarshal.AsSpan(alphas);
            var b = CollectionsMarshal.AsSpan(betas);
            var p = CollectionsMarshal.AsSpan(phis);
            var width = Vector<double>.Count;
            var i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; i + width <= count; i += width)
                {
                    Sums(y, start, new Vector<double>(a[i..]), new Vector<double>(b[i..]), new Vector<double>(p[i..])).CopyTo(sse, i);
                }
            }

            for (; i < count; i++)
            {
                sse[i] = Run(y, start, a[i], b[i], p[i]).Sse;
            }

            for (i = 0; i < count; i++)
            {
                if (sse[i] < best.Sse - 1e-12)
                {
                    best = (sse[i], a[i], b[i], p[i]);
                }
            }

            return best;
        }

        /// <summary><see cref="Run"/>'s error sum for one candidate per lane.</summary>
        private static Vector<double> Sums(double[] y, (double Level, double Trend) start, Vector<double> alpha, Vector<double> beta, Vector<double> phi)
        {
            var level = new Vector<double>(start.Level);
            var trend = new Vector<double>(start.Trend);
            var sse = Vector<double>.Zero;
            var keep = Vector<double>.One - alpha;
            var damp = (Vector<double>.One - beta) * phi;
            for (var t = 1; t < y.Length; t++)
            {
                var observed = new Vector<double>(y[t]);
                var predicted = level + (phi * trend);
                var error = observed - predicted;
                sse += error * error;
                var previous = level;
                level = (alpha * observed) + (keep * predicted);
                trend = (beta * (level - previous)) + (damp * trend);
            }

            return sse;
        }
    }
}
