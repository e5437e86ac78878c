using Payoff.Core.Goals;

namespace Payoff.Web.Goals;

/// <summary>A goal's standing, as a row of <c>payoff report goals --format json</c>.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Network">The network, or null.</param>
/// <param name="Baseline">The baseline.</param>
/// <param name="Target">The target.</param>
/// <param name="Current">The value so far.</param>
/// <param name="Progress">The share of the way covered.</param>
/// <param name="Forecast">The forecast at the deadline.</param>
/// <param name="ForecastLow">The 95 % interval's lower end.</param>
/// <param name="ForecastHigh">The 95 % interval's upper end.</param>
/// <param name="Probability">The probability of reaching the target.</param>
/// <param name="Status">The status.</param>
/// <param name="Months">Actual against plan, month by month.</param>
/// <param name="Note">Why a figure is missing.</param>
public sealed record GoalProgressView(
    long Id, string Name, string Metric, string? Network, decimal? Baseline, decimal? Target, decimal? Current, decimal? Progress,
    decimal? Forecast, decimal? ForecastLow, decimal? ForecastHigh, decimal? Probability, GoalStatus Status, IReadOnlyList<GoalMonth> Months, string? Note)
{
    /// <summary>The probability as every page and the CLI write it (<see cref="GoalChance.Format"/>: <c>37 %</c>, <c>&lt; 1 %</c>).</summary>
    public string Chance => GoalChance.Format(Probability);

    /// <summary>The view of a standing.</summary>
    public static GoalProgressView Of(GoalProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new GoalProgressView(p.Goal.Id, p.Goal.Name, p.Goal.Metric.Name, p.Goal.Scope.Network, p.Baseline, p.Target, p.Current, p.Progress, p.Forecast, p.ForecastLow, p.ForecastHigh, p.Probability, p.Status, p.Months, p.Note);
    }
}
