namespace Payoff.Core.Goals;

/// <summary>
/// A goal's baseline and target in effect. The baseline, unless given: a level's value at the start; a
/// flow's or ratio's value over the same number of days just before the start. A percent target is
/// the baseline changed by that percent (+20 % on 400 followers is 480; on last month's 90 contacts, 108).
/// </summary>
public static class GoalTargets
{
    /// <summary>The baseline, or null when it is not given and the data has none.</summary>
    public static double? Baseline(Goal goal, MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(series);
        if (goal.Baseline is { } given)
        {
            return (double)given;
        }

        if (goal.Metric.Kind == MetricKind.Level)
        {
            return series.LevelAt(goal.Start);
        }

        var before = goal.Start.AddDays(-goal.Days);
        return series.FirstDataDay is { } first && first <= goal.Start.AddDays(-1) ? series.Value(before, goal.Start.AddDays(-1)) : null;
    }

    /// <summary>The target, or null for a percent target without a baseline.</summary>
    public static double? Target(Goal goal, double? baseline)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Target is { } absolute
            ? (double)absolute
            : goal.TargetPercent is { } percent && baseline is { } b ? b * (1 + ((double)percent / 100)) : null;
    }

    /// <summary>Whether <paramref name="value"/> meets <paramref name="target"/> in the metric's direction.</summary>
    public static bool Meets(GoalMetric metric, double value, double target)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.HigherIsBetter ? value >= target - 1e-9 : value <= target + 1e-9;
    }
}
