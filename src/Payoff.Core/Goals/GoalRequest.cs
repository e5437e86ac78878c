using System.Globalization;
using Payoff.Core.Networks;

namespace Payoff.Core.Goals;

/// <summary>
/// A goal as a person writes it (<c>payoff goal add|edit</c>, <c>POST|PUT /api/goals</c>): every field
/// optional when editing; <see cref="Apply"/> checks it and gives the goal or the reason it is wrong.
/// </summary>
public sealed record GoalRequest
{
    /// <summary>The goal's name.</summary>
    public string? Name { get; init; }

    /// <summary>The metric's name (<see cref="GoalMetrics"/>).</summary>
    public string? Metric { get; init; }

    /// <summary>The network (any spelling Payoff knows: <c>fb</c> is Facebook).</summary>
    public string? Network { get; init; }

    /// <summary>The campaign.</summary>
    public string? Campaign { get; init; }

    /// <summary>The account or audience label.</summary>
    public string? Label { get; init; }

    /// <summary>The absolute target.</summary>
    public decimal? Target { get; init; }

    /// <summary>The target as a percent change on the baseline.</summary>
    public decimal? TargetPercent { get; init; }

    /// <summary>The baseline, when given.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The first day (default today).</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The money available to reach it.</summary>
    public decimal? Budget { get; init; }

    /// <summary>The goal this request describes — a new one, or <paramref name="existing"/> changed — or the reason it cannot be.</summary>
    public (Goal? Goal, string? Error) Apply(Goal? existing, DateOnly today)
    {
        var metric = Metric is null ? existing?.Metric : GoalMetrics.Find(Metric);
        if (metric is null)
        {
            return (null, Metric is null
                ? "The metric is required (payoff metrics lists them)."
                : $"'{Metric}' is not a metric Payoff has; use one of {string.Join(", ", GoalMetrics.All.Select(m => m.Name))}.");
        }

        if (Target is not null && TargetPercent is not null)
        {
            return (null, "Give the target as an absolute value or as a percent change, not both.");
        }

        if (existing is null && Target is null && TargetPercent is null)
        {
            return (null, "The target is required: an absolute value, or a percent change on the baseline (20 for +20 %).");
        }

        var name = (Name ?? existing?.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > 200)
        {
            return (null, "The name must have 1 to 200 characters.");
        }

        var start = Start ?? existing?.Start ?? today;
        if ((Deadline ?? existing?.Deadline) is not { } deadline)
        {
            return (null, "The deadline is required.");
        }

        foreach (var (field, day) in new[] { ("start", start), ("deadline", deadline) })
        {
            if (day < Goal.EarliestDate || day > Goal.LatestDate)
            {
                return (null, $"The {field} {day:yyyy-MM-dd} is out of range: goal dates must lie from {Goal.EarliestDate:yyyy-MM-dd} to {Goal.LatestDate:yyyy-MM-dd}.");
            }
        }

        if (deadline < start)
        {
            return (null, $"The deadline ({deadline:yyyy-MM-dd}) is before the start ({start:yyyy-MM-dd}).");
        }

        if (Budget is < 0)
        {
            return (null, "The budget may not be negative.");
        }

        // A percent change may be negative (cut the cost by 20 %); an absolute value below zero on a metric that never
        // is would be "achieved" the day the goal starts.
        foreach (var (field, value) in new[] { ("target", Target), ("baseline", Baseline) })
        {
            if (value is < 0 && !metric.CanBeNegative)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"The {field} ({value}) may not be negative: {metric.Name} is never below zero. Give a {field} of 0 or more."));
            }

            // A share is a fraction of a whole: 95 for 95 % would be a target of 9,500 %.
            if (value is > 1 && metric.IsShare)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"The {field} ({value}) is above 1: {metric.Name} is a share from 0 to 1 (100 %). Give it as a fraction, e.g. 0.95 for 95 %."));
            }
        }

        var network = Network is { } n ? NetworkCatalog.Default.Canonical(n) ?? n.Trim() : existing?.Scope.Network;
        return (new Goal
        {
            Id = existing?.Id ?? 0,
            Name = name,
            Metric = metric,
            Scope = new GoalScope(network, Campaign?.Trim() ?? existing?.Scope.Campaign, Label?.Trim() ?? existing?.Scope.Label),
            Target = TargetPercent is not null ? null : Target ?? existing?.Target,
            TargetPercent = Target is not null ? null : TargetPercent ?? existing?.TargetPercent,
            Baseline = Baseline ?? existing?.Baseline,
            Start = start,
            Deadline = deadline,
            Budget = Budget ?? existing?.Budget,
        }, null);
    }
}
