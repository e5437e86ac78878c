namespace Payoff.Core.Goals;

/// <summary>A SMART goal: a metric in a scope, from a baseline to a target between a start and a deadline.</summary>
public sealed record Goal
{
    /// <summary>
    /// The earliest start or deadline a goal may have (2000-01-01): older dates are typing mistakes, and
    /// the history read before a goal's start must stay inside the calendar.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>The latest start or deadline a goal may have (2100-12-31): a forecast to a later deadline means nothing.</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>The goal's id (0 before it is stored).</summary>
    public long Id { get; init; }

    /// <summary>The goal's name.</summary>
    public required string Name { get; init; }

    /// <summary>The metric.</summary>
    public required GoalMetric Metric { get; init; }

    /// <summary>What it measures.</summary>
    public GoalScope Scope { get; init; } = GoalScope.Workspace;

    /// <summary>The absolute target, when given.</summary>
    public decimal? Target { get; init; }

    /// <summary>The target as a percent change on the baseline (20 for +20 %), when given.</summary>
    public decimal? TargetPercent { get; init; }

    /// <summary>The baseline the user gave; null to read it from the data.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; init; }

    /// <summary>The last day.</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>Money available to reach it (ads, boosts), in the workspace currency; null when none.</summary>
    public decimal? Budget { get; init; }

    /// <summary>When the goal was archived, or null.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>Whether its start and deadline both lie from <see cref="EarliestDate"/> to <see cref="LatestDate"/> (goals stored before the check may not).</summary>
    public bool DatesInRange => Start >= EarliestDate && Deadline <= LatestDate && Start <= LatestDate && Deadline >= EarliestDate;

    /// <summary>The goal's days.</summary>
    public int Days => Deadline.DayNumber - Start.DayNumber + 1;
}
