using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Reporting.Kpi;

namespace Payoff.Application.Kpi;

/// <summary>
/// The one JSON document of the program KPI report (CLI <c>--format json</c> and <c>/api/reports/kpi</c>): the
/// report as the API has always serialized it, plus the CLI's workspace, days, program, flat scores and parts.
/// </summary>
public static class KpiJson
{
    /// <summary>The document of <paramref name="report"/> for <paramref name="workspace"/> (its name).</summary>
    public static JsonObject Build(KpiReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cli = new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(report.Range.From),
            ["to"] = JsonDocuments.Day(report.Range.To),
            ["history_from"] = JsonDocuments.Day(report.History.From),
            ["history_to"] = JsonDocuments.Day(report.History.To),
            ["program"] = report.Weights.Program,
            ["weights"] = new JsonObject { ["reach"] = Round(report.Weights.Reach), ["exchange"] = Round(report.Weights.Exchange), ["monetization"] = Round(report.Weights.Monetization) },
            ["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode?)new JsonObject
            {
                ["network"] = r.Network,
                ["campaign"] = r.Campaign,
                ["reach_score"] = Round(r.Reach.Score),
                ["exchange_score"] = Round(r.Exchange.Score),
                ["monetization_score"] = Round(r.Monetization.Score),
                ["score"] = Round(r.Score),
                ["parts"] = new JsonObject([.. new[] { r.Reach, r.Exchange, r.Monetization }.SelectMany(f => f.Parts).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Round(p.Value)))]),
            })]),
            ["notes"] = JsonDocuments.Texts(report.Notes),
        };
        return JsonDocuments.Join(JsonDocuments.Api(report), cli);
    }

    private static JsonValue? Round(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 4)) : null;
}
