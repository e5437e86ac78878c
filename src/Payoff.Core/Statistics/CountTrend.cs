namespace Payoff.Core.Statistics;

/// <summary>
/// The fitted trend of a series of counts (<see cref="QuasiPoissonTrend"/>): the slope of the log of
/// the expected count per period, its overdispersion-corrected standard error and 95 % interval.
/// </summary>
/// <param name="Slope">The change of the log expected count per period (per week for weekly counts): 0 is flat, ln 2 doubles each period.</param>
/// <param name="StandardError">The slope's standard error, scaled by √<paramref name="Dispersion"/>.</param>
/// <param name="Dispersion">φ = Pearson χ² / (n − 2), floored at 1 (a Poisson series has φ = 1; noisier series more).</param>
/// <param name="Low">The lower end of the slope's 95 % interval (t with n − 2 degrees of freedom).</param>
/// <param name="High">The upper end of the slope's 95 % interval.</param>
/// <param name="Periods">The number of periods fitted.</param>
public sealed record CountTrend(double Slope, double StandardError, double Dispersion, double Low, double High, int Periods)
{
    /// <summary>Rising, falling, or neither, by whether the 95 % interval excludes zero.</summary>
    public TrendDirection Direction => Low > 0 ? TrendDirection.Rising : High < 0 ? TrendDirection.Falling : TrendDirection.Steady;

    /// <summary>The relative change of the expected count over <paramref name="periods"/> periods (a fraction: 0.1 is +10 %).</summary>
    public double ChangeOver(double periods) => Math.Exp(Slope * periods) - 1;

    /// <summary>The relative change at the ends of the interval over <paramref name="periods"/> periods (fractions).</summary>
    public (double Low, double High) IntervalOver(double periods) => (Math.Exp(Low * periods) - 1, Math.Exp(High * periods) - 1);
}
