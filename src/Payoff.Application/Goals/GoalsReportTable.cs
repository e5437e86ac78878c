using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Goals;

namespace Payoff.Application.Goals;

/// <summary>The goals report as its one table: each active goal's figures, forecast, chance and status.</summary>
public static class GoalsReportTable
{
    /// <summary>
    /// The table <c>goals</c>: per goal its number, name, metric, scope, deadline, baseline, target and current value,
    /// progress, the forecast at the deadline with its 95 % interval, the chance of reaching the target and the status
    /// (a <see cref="StatusCell"/>: <c>on-track</c> as in the JSON in exports and the CLI, "On track" on a page). A goal's values are shown as its metric is: a rate as a percentage, an amount
    /// in <paramref name="currency"/>, anything else as a number. Notes: why a goal's figure is missing, and how the
    /// forecast and status are made.
    /// </summary>
    /// <param name="goals">The goals, tracked.</param>
    /// <param name="currency">The workspace currency (ISO 4217).</param>
    /// <param name="link">The local URL a goal's name links to, or null.</param>
    public static ReportTable Build(IReadOnlyList<GoalProgress> goals, string currency, Func<GoalProgress, string?> link)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(link);
        return new ReportTable(
            "goals",
            "Goals",
            [new("#", CellKind.Count), new("Goal"), new("Metric"), new("Scope"), new("Deadline"), new("Baseline", CellKind.Number) { DropRank = 3 }, new("Target", CellKind.Number), new("Current", CellKind.Number),
                new("Progress", CellKind.Percent) { DropRank = 1 }, new("Forecast", CellKind.Number) { DropRank = 2 }, new("Forecast low", CellKind.Number) { DropRank = 2 }, new("Forecast high", CellKind.Number) { DropRank = 2 },
                new("Chance", CellKind.Number), new("Status")],
            [.. goals.Select(g => new TableRow(
                [g.Goal.Id, g.Goal.Name, g.Goal.Metric.Name, g.Goal.Scope.ToString(), g.Goal.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Value(g.Goal.Metric, g.Baseline, currency), Value(g.Goal.Metric, g.Target, currency), Value(g.Goal.Metric, g.Current, currency), g.Progress,
                    Value(g.Goal.Metric, g.Forecast, currency), Value(g.Goal.Metric, g.ForecastLow, currency), Value(g.Goal.Metric, g.ForecastHigh, currency), g.Chance, Status(g.Status)],
                link(g)) { LinkCell = 1 })])
        {
            Notes = [.. goals.Where(g => g.Note is not null).Select(g => $"#{g.Goal.Id}: {g.Note}"),
                "Forecast: Holt's linear trend to the deadline; status from the probability of reaching the target (on track ≥ 70 %, at risk 30–70 %, off track < 30 %)."],
        };
    }

    /// <summary>
    /// A goal's value as its metric shows it: a rate or share as a percentage, an amount (cost per lead or customer,
    /// revenue, value, ad spend, cost) in <paramref name="currency"/>, anything else — counts, ROAS, response time in
    /// minutes — as a number.
    /// </summary>
    public static NumberCell? Value(GoalMetric metric, decimal? value, string currency)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return value is not { } v ? null
            : metric.IsPercentage ? new NumberCell(v, CellKind.Percent)
            : metric.Name is "cost-per-lead" or "cost-per-customer" or "revenue" or "value" or "ad-spend" or "cost" ? new NumberCell(v, CellKind.Money, currency)
            : new NumberCell(v, CellKind.Number);
    }

    /// <summary>A goal's status as a table cell: its JSON name for exports and the CLI, its label and tone for a page's badge.</summary>
    public static StatusCell Status(GoalStatus status) => new(GoalsReportJson.Status(status), GoalStatusLabels.Label(status), GoalStatusLabels.Tone(status));
}
