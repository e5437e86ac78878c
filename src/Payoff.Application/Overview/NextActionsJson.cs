using System.Text.Json.Nodes;
using Payoff.Application.Json;

namespace Payoff.Application.Overview;

/// <summary>
/// The JSON of "What to do now" (CLI <c>payoff report actions --format json</c> and <c>/api/reports/actions</c>): the
/// judged months, the day, and per line its machine kind, sentence, figures and subject. Keys and kinds are machine names.
/// </summary>
public static class NextActionsJson
{
    /// <summary>The document of <paramref name="report"/> for <paramref name="workspace"/> (its name).</summary>
    public static JsonObject Build(NextActionsReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(report.Period.Range.From),
            ["to"] = JsonDocuments.Day(report.Period.Range.To),
            ["period"] = report.Period.Heading,
            ["today"] = JsonDocuments.Day(report.Today),
            ["currency"] = report.Currency,
            ["actions"] = new JsonArray([.. report.Actions.Select((a, i) => (JsonNode?)new JsonObject
            {
                ["rank"] = i + 1,
                ["kind"] = a.Kind,
                ["sentence"] = a.Sentence,
                ["figure"] = a.Figure,
                ["against"] = a.Against,
                ["network"] = a.Network,
                ["goal"] = a.GoalId,
                ["monthly_saving"] = a.MonthlySaving is { } saving ? ReportJson.Money(Core.Money.Currencies.Round(saving, report.Currency)) : null,
            })]),
        };
    }
}
