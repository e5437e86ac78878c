namespace Payoff.Web.Goals;

/// <summary>The five SMART letters.</summary>
/// <param name="Specific">Specific.</param>
/// <param name="Measurable">Measurable.</param>
/// <param name="Achievable">Achievable.</param>
/// <param name="Realistic">Realistic.</param>
/// <param name="TimeBound">Time-bound.</param>
public sealed record GoalSmart(bool Specific, bool Measurable, bool Achievable, bool Realistic, bool TimeBound);
