using Payoff.Core.Goals;

namespace Payoff.Web.Goals;

/// <summary>A goal with its SMART check, as <c>payoff goal add --format json</c> prints it.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Network">The network, or null.</param>
/// <param name="Campaign">The campaign, or null.</param>
/// <param name="Label">The label, or null.</param>
/// <param name="Baseline">The baseline in effect.</param>
/// <param name="Target">The target in effect.</param>
/// <param name="TargetPercent">The percent target, when given so.</param>
/// <param name="Start">The first day.</param>
/// <param name="Deadline">The last day.</param>
/// <param name="Budget">The budget.</param>
/// <param name="Realistic">The R of SMART.</param>
/// <param name="Smart">Each letter.</param>
/// <param name="Reasons">The reasons with their numbers.</param>
/// <param name="Progress">Its standing, when asked for one goal.</param>
public sealed record GoalView(
    long Id, string Name, string Metric, string? Network, string? Campaign, string? Label, decimal? Baseline, decimal? Target, decimal? TargetPercent,
    DateOnly Start, DateOnly Deadline, decimal? Budget, bool Realistic, GoalSmart Smart, IReadOnlyList<string> Reasons, GoalProgressView? Progress = null)
{
    /// <summary>The view of a goal and its check.</summary>
    public static GoalView Of(Goal goal, SmartCheck check, GoalProgressView? progress = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(check);
        return new GoalView(
            goal.Id, goal.Name, goal.Metric.Name, goal.Scope.Network, goal.Scope.Campaign, goal.Scope.Label, check.Baseline, check.Target, goal.TargetPercent,
            goal.Start, goal.Deadline, goal.Budget, check.Realistic, new GoalSmart(check.Specific, check.Measurable, check.Achievable, check.Realistic, check.TimeBound), check.Reasons, progress);
    }
}
