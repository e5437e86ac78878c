namespace Payoff.Core.Goals;

/// <summary>A goal's standing (<c>payoff report goals</c>).</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Baseline">The baseline in effect.</param>
/// <param name="Target">The target in effect.</param>
/// <param name="Current">The value so far (at today, or the deadline once passed).</param>
/// <param name="Progress">The share of the way from baseline to target covered (flows: current ÷ target).</param>
/// <param name="Forecast">The forecast value at the deadline.</param>
/// <param name="ForecastLow">The 95 % interval's lower end.</param>
/// <param name="ForecastHigh">The 95 % interval's upper end.</param>
/// <param name="Probability">The probability of reaching the target by the deadline.</param>
/// <param name="Status">The status.</param>
/// <param name="Months">The goal's months: actual against plan.</param>
/// <param name="Note">Why a figure is missing, when one is.</param>
public sealed record GoalProgress(
    Goal Goal,
    decimal? Baseline,
    decimal? Target,
    decimal? Current,
    decimal? Progress,
    decimal? Forecast,
    decimal? ForecastLow,
    decimal? ForecastHigh,
    decimal? Probability,
    GoalStatus Status,
    IReadOnlyList<GoalMonth> Months,
    string? Note)
{
    /// <summary><see cref="Probability"/> for people, as <see cref="GoalChance.Format"/> writes it everywhere.</summary>
    public string Chance => GoalChance.Format(Probability);
}
