using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Goals;

namespace Payoff.Application.Goals;

/// <summary>The JSON of the goals report and of one goal's progress (snake_case).</summary>
public static class GoalsReportJson
{
    /// <summary>The report: <c>{workspace, today, rows}</c>.</summary>
    public static JsonObject Build(GoalsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["workspace"] = report.Workspace,
            ["today"] = JsonDocuments.Day(report.Today),
            ["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode?)Progress(r))]),
        };
    }

    /// <summary>One goal's progress: <c>{id, name, metric, …, baseline, target, current, progress, forecast, forecast_low, forecast_high, probability, chance, status, note, months}</c>.</summary>
    public static JsonObject Progress(GoalProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new JsonObject
        {
            ["id"] = p.Goal.Id,
            ["name"] = p.Goal.Name,
            ["metric"] = p.Goal.Metric.Name,
            ["network"] = p.Goal.Scope.Network,
            ["campaign"] = p.Goal.Scope.Campaign,
            ["label"] = p.Goal.Scope.Label,
            ["start"] = JsonDocuments.Day(p.Goal.Start),
            ["deadline"] = JsonDocuments.Day(p.Goal.Deadline),
            ["baseline"] = ReportJson.Exact(p.Baseline),
            ["target"] = ReportJson.Exact(p.Target),
            ["current"] = ReportJson.Exact(p.Current),
            ["progress"] = ReportJson.Fraction(p.Progress),
            ["forecast"] = ReportJson.Exact(p.Forecast),
            ["forecast_low"] = ReportJson.Exact(p.ForecastLow),
            ["forecast_high"] = ReportJson.Exact(p.ForecastHigh),
            ["probability"] = ReportJson.Fraction(p.Probability),
            ["chance"] = p.Chance,
            ["status"] = Status(p.Status),
            ["note"] = p.Note,
            ["months"] = new JsonArray([.. p.Months.Select(m => (JsonNode?)new JsonObject
            {
                ["month"] = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["actual"] = ReportJson.Exact(m.Actual),
                ["planned"] = ReportJson.Exact(m.Planned),
            })]),
        };
    }

    /// <summary>A status as JSON and the CLI write it: <c>on-track</c>, <c>at-risk</c>, <c>off-track</c>, <c>no-data</c>, <c>achieved</c>, <c>missed</c>.</summary>
    public static string Status(GoalStatus status) => status switch
    {
        GoalStatus.OnTrack => "on-track",
        GoalStatus.AtRisk => "at-risk",
        GoalStatus.OffTrack => "off-track",
        GoalStatus.NoData => "no-data",
        _ => status.ToString().ToLowerInvariant(),
    };
}
