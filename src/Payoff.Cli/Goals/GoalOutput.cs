using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Goals;
using Spectre.Console;

namespace Payoff.Cli.Goals;

/// <summary>Writes goals, their SMART checks and their progress.</summary>
public static class GoalOutput
{
    /// <summary>The goal and its check as JSON: <c>{id, name, metric, baseline, target, start, deadline, realistic, smart:{…}, reasons:[…]}</c>.</summary>
    public static JsonObject CheckJson(Goal goal, SmartCheck check)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(check);
        return new JsonObject
        {
            ["id"] = goal.Id,
            ["name"] = goal.Name,
            ["metric"] = goal.Metric.Name,
            ["network"] = goal.Scope.Network,
            ["campaign"] = goal.Scope.Campaign,
            ["label"] = goal.Scope.Label,
            ["baseline"] = Json.Exact(check.Baseline),
            ["target"] = Json.Exact(check.Target),
            ["targetPercent"] = Json.Exact(goal.TargetPercent),
            ["start"] = Day(goal.Start),
            ["deadline"] = Day(goal.Deadline),
            ["budget"] = Json.Money(goal.Budget),
            ["realistic"] = check.Realistic,
            ["smart"] = new JsonObject
            {
                ["specific"] = check.Specific,
                ["measurable"] = check.Measurable,
                ["achievable"] = check.Achievable,
                ["realistic"] = check.Realistic,
                ["timeBound"] = check.TimeBound,
            },
            ["reasons"] = new JsonArray([.. check.Reasons.Select(r => (JsonNode?)JsonValue.Create(r))]),
        };
    }

    /// <summary>Prints the goal and its check.</summary>
    public static void WriteCheck(IAnsiConsole console, Goal goal, SmartCheck check, string currency)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(check);
        console.MarkupLine($"Goal #{goal.Id} [bold]{Display.Text(goal.Name)}[/]: {Display.Text(goal.Metric.Name)} in {Display.Text(goal.Scope.ToString())}, from {Value(goal.Metric, check.Baseline, currency)} to {Value(goal.Metric, check.Target, currency)}, {goal.Start:yyyy-MM-dd} to {goal.Deadline:yyyy-MM-dd}{(goal.Budget is { } b ? $", budget {Display.Money(b, currency)}" : string.Empty)}.");
        var letters = new (string Letter, bool Ok)[] { ("S", check.Specific), ("M", check.Measurable), ("A", check.Achievable), ("R", check.Realistic), ("T", check.TimeBound) };
        console.MarkupLine(string.Join("  ", letters.Select(l => l.Ok ? $"[green]{l.Letter} ✓[/]" : $"[red]{l.Letter} ✗[/]")));
        foreach (var reason in check.Reasons)
        {
            console.MarkupLine($"  {Display.Text(reason)}");
        }

        console.MarkupLine(check.Passes ? "[green]The goal is SMART.[/]" : "[yellow]The goal is not SMART yet: see the letters marked ✗.[/]");
    }

    /// <summary>The progress rows as JSON: <c>{name, metric, baseline, target, current, progress, forecast, forecastLow, forecastHigh, probability, status}</c>.</summary>
    public static JsonObject ProgressJson(GoalProgress p) => Application.Goals.GoalsReportJson.Progress(p);

    /// <summary>Prints the goals report: its one table (<see cref="Application.Goals.GoalsReportTable"/>), or how to add a goal when there is none.</summary>
    public static void WriteProgress(IAnsiConsole console, IReadOnlyList<GoalProgress> rows, string currency, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            console.MarkupLine("No goals yet. Add one with [bold]payoff goal add --name … --metric … --deadline …[/].");
            return;
        }

        TableOutput.WriteTable(console, Application.Goals.GoalsReportTable.Build(rows, currency, _ => null), title ?? "Goals");
    }

    /// <summary>Prints one goal's months: actual against plan.</summary>
    public static void WriteMonths(IAnsiConsole console, GoalProgress p, string currency)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(p);
        if (p.Months.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Month", "Actual", "Planned");
        foreach (var m in p.Months)
        {
            table.AddRow(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Value(p.Goal.Metric, m.Actual, currency), Value(p.Goal.Metric, m.Planned, currency));
        }

        console.Write(table);
    }

    /// <summary>The status as JSON and the CLI write it: <c>on-track</c>.</summary>
    public static string Status(GoalStatus status) => Application.Goals.GoalsReportJson.Status(status);

    private static string Value(GoalMetric metric, decimal? value, string currency) => value is not { } v ? "—"
        : metric.IsPercentage ? Display.Percent(v)
        : metric.Kind == MetricKind.Ratio || metric.Name is "revenue" or "value" or "ad-spend" or "cost" ? Display.Money(v, currency)
        : v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
