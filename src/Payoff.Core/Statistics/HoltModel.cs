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
        (Level, Trend, SumOfSquares) = Run(values, alpha, beta, phi);
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
        var best = (Sse: double.MaxValue, Alpha: 0.5, Beta: 0.1, Phi: 1.0);
        foreach (var phi in phis)
        {
            for (var a = 0.05; a <= 1.0001; a += 0.05)
            {
                for (var b = 0.01; b <= a + 0.0001; b += 0.05)
                {
                    var sse = Run(data, a, b, phi).Sse;
                    if (sse < best.Sse - 1e-12)
                    {
                        best = (sse, a, b, phi);
                    }
                }
            }
        }

        // Refine around the best grid point.
        var (_, alpha, beta, bestPhi) = best;
        for (var a = Math.Max(0.01, alpha - 0.05); a <= Math.Min(1, alpha + 0.05) + 1e-9; a += 0.005)
        {
            for (var b = Math.Max(0.001, beta - 0.05); b <= Math.Min(a, beta + 0.05) + 1e-9; b += 0.005)
            {
                var sse = Run(data, a, b, bestPhi).Sse;
                if (sse < best.Sse - 1e-12)
                {
                    best = (sse, a, b, bestPhi);
                }
            }
        }

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

    private static (double Level, double Trend, double Sse) Run(double[] y, double alpha, double beta, double phi)
    {
        var (level, trend) = Start(y);
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
}
