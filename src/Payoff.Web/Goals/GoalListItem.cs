using Payoff.Core.Goals;

namespace Payoff.Web.Goals;

/// <summary>A goal as stored, as <c>payoff goal list --format json</c> prints it.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Network">The network.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Label">The label.</param>
/// <param name="Target">The absolute target.</param>
/// <param name="TargetPercent">The percent target.</param>
/// <param name="Baseline">The given baseline.</param>
/// <param name="Start">The first day.</param>
/// <param name="Deadline">The last day.</param>
/// <param name="Budget">The budget.</param>
/// <param name="ArchivedAt">When it was archived.</param>
public sealed record GoalListItem(long Id, string Name, string Metric, string? Network, string? Campaign, string? Label, decimal? Target, decimal? TargetPercent, decimal? Baseline, DateOnly Start, DateOnly Deadline, decimal? Budget, DateTimeOffset? ArchivedAt)
{
    /// <summary>The item of a goal.</summary>
    public static GoalListItem Of(Goal g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Id, g.Name, g.Metric.Name, g.Scope.Network, g.Scope.Campaign, g.Scope.Label, g.Target, g.TargetPercent, g.Baseline, g.Start, g.Deadline, g.Budget, g.ArchivedAt);
    }
}
