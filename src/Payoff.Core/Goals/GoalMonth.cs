namespace Payoff.Core.Goals;

/// <summary>A goal's month: the value at the month's end (or today) against the planned path from baseline to target.</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Actual">The goal's value at the month's end (flows and ratios: since the goal's start).</param>
/// <param name="Planned">Where a straight path from baseline to target would be then.</param>
public sealed record GoalMonth(DateOnly Month, decimal? Actual, decimal? Planned);
