using Payoff.Core.Goals;

namespace Payoff.Application.Goals;

/// <summary>A goal as stored, with its SMART check against the workspace's data.</summary>
/// <param name="Goal">The goal (its id given by the store).</param>
/// <param name="Check">The SMART check with the numbers behind each letter.</param>
public sealed record CheckedGoal(Goal Goal, SmartCheck Check);
