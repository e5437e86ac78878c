using Payoff.Core.Goals;

namespace Payoff.Application.Goals;

/// <summary>The goals report: each active goal's progress as of <paramref name="Today"/>.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Currency">The workspace's currency (amounts of money goals are in it).</param>
/// <param name="Today">Today in the workspace's time zone.</param>
/// <param name="Rows">The active goals' progress, forecast, probability and status.</param>
public sealed record GoalsReport(string Workspace, string Currency, DateOnly Today, IReadOnlyList<GoalProgress> Rows);
