using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Attribution;

namespace Payoff.Application.Attribution;

/// <summary>
/// The attribution report's one JSON document (<c>payoff report attribution --format json</c> and
/// <c>/api/reports/attribution</c>): the report as the API has always given it (source, range, conversion,
/// journeys, results with their credits, notes), plus the command line's workspace, model, flat rows
/// (rounded to 6 places) and checks.
/// </summary>
public static class AttributionJson
{
    /// <summary>The document of <paramref name="report"/> for the workspace named <paramref name="workspace"/>.</summary>
    public static JsonObject Build(AttributionReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var all = report.Results.Count > 1;
        var body = ReportJson.Of(report).AsObject();
        body.Insert(0, "workspace", workspace);
        body["model"] = all ? "all" : report.Results.Count == 1 ? report.Results[0].Model : null;
        body["rows"] = new JsonArray([.. report.Results.SelectMany(r => r.Credits.Select(c => (JsonNode?)Row(r, c, all)))]);
        body["checks"] = new JsonArray([.. report.Results.Select(r => (JsonNode?)new JsonObject
        {
            ["model"] = r.Model,
            ["total_conversions"] = r.TotalConversions,
            ["credited_conversions"] = Math.Round(r.Credits.Sum(c => c.Conversions), 6),
            ["total_value"] = ReportJson.Money(r.TotalValue),
            ["credited_value"] = ReportJson.Money(decimal.Round(r.Credits.Sum(c => c.Value), 4)),
            ["adds_up"] = r.AddsUp,
        })]);
        return body;
    }

    private static JsonObject Row(AttributionResult result, ChannelCredit credit, bool all)
    {
        var row = new JsonObject();
        if (all)
        {
            row["model"] = result.Model;
        }

        row["channel"] = credit.Channel;
        row["conversions"] = Math.Round(credit.Conversions, 6);
        row["value"] = ReportJson.Money(decimal.Round(credit.Value, 4));
        row["share"] = Math.Round(credit.Share, 6);
        if (credit.RemovalEffect is { } effect)
        {
            row["removal_effect"] = Math.Round(effect, 6);
        }

        return row;
    }
}
