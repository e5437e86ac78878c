using System.Globalization;
using Payoff.Application.Goals;
using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Goals;

/// <summary>
/// What the goal form pre-fills for a new goal: the start (the first day of the workspace's current month), a
/// deadline (the end of the third month from the start) and the baseline the goal would be measured from —
/// <see cref="GoalTargets.Baseline"/> on the workspace's data, the figure the goals report and the SMART check use
/// (a level's value at the start; a flow's or a ratio's over the same number of days just before the start).
/// </summary>
/// <param name="Start">The first day.</param>
/// <param name="Deadline">The last day.</param>
/// <param name="Baseline">The metric's value over the comparable period, in the metric's unit (a rate as a ratio, money in the workspace's currency); null when the data has none.</param>
/// <param name="Problem">Why there is no baseline when the fields are wrong (the sentence adding the goal would give), or null.</param>
public sealed record GoalSuggestion(DateOnly Start, DateOnly Deadline, decimal? Baseline, string? Problem)
{
    /// <summary>The default start on <paramref name="today"/>: the first day of its month.</summary>
    public static DateOnly DefaultStart(DateOnly today) => new(today.Year, today.Month, 1);

    /// <summary>The default deadline for <paramref name="start"/>: the last day of the third month counted from the start's.</summary>
    public static DateOnly DefaultDeadline(DateOnly start) => new DateOnly(start.Year, start.Month, 1).AddMonths(3).AddDays(-1);

    /// <summary>The baseline as the form's field shows it: invariant, up to four decimals (a rate of 0.0312), empty when there is none.</summary>
    public string BaselineText => Baseline?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// Which fields a baseline was suggested for, as the goal form's hidden <c>Form.SuggestedFor</c> carries it:
    /// <c>metric|network|campaign|start</c>, the metric by its name (any spelling), the others trimmed.
    /// </summary>
    public static string Key(string? metric, string? network, string? campaign, string? start) =>
        string.Join('|', GoalMetrics.Find(metric)?.Name ?? metric?.Trim() ?? string.Empty, network?.Trim() ?? string.Empty, campaign?.Trim() ?? string.Empty, start?.Trim() ?? string.Empty);

    /// <summary>
    /// The suggestion for the metric of <paramref name="fields"/> (the form's first metric when null) in its network and
    /// campaign, from its start to its deadline (the defaults when null), measured by <paramref name="goals"/> as a goal of
    /// these fields would be; its other fields (a baseline typed already, the target) play no part.
    /// </summary>
    public static async Task<GoalSuggestion> OfAsync(GoalsHandler goals, Workspace workspace, GoalRequest fields, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(fields);
        var start = fields.Start ?? DefaultStart(workspace.Calendar.Today(time));
        var deadline = fields.Deadline ?? DefaultDeadline(start);

        // A target of +0 % stands in for the one not typed yet: the baseline does not depend on it.
        var request = new GoalRequest
        {
            Name = "baseline",
            Metric = fields.Metric ?? GoalMetrics.All[0].Name,
            Network = string.IsNullOrWhiteSpace(fields.Network) ? null : fields.Network,
            Campaign = string.IsNullOrWhiteSpace(fields.Campaign) ? null : fields.Campaign,
            TargetPercent = 0,
            Start = start,
            Deadline = deadline,
        };
        try
        {
            var check = await goals.PreviewAsync(workspace, request, RequestValues.Empty, cancellationToken);
            return new GoalSuggestion(start, deadline, check.Baseline, null);
        }
        catch (RequestException ex)
        {
            return new GoalSuggestion(start, deadline, null, ex.Message);
        }
    }
}
