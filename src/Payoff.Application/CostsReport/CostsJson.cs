using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Money;

namespace Payoff.Application.CostsReport;

/// <summary>
/// The one JSON document of the costs report (CLI <c>--format json</c> and <c>/api/reports/costs</c>):
/// <c>workspace</c>, <c>from</c>, <c>to</c>, <c>by</c>, <c>currency</c>; <c>rows</c> as the API has always written
/// them (<c>network</c>, <c>campaign</c>, <c>month</c> as its first day, <c>ad_spend</c> in the row's own
/// <c>currency</c>, <c>impressions</c>, <c>clicks</c>; null when not reported); and <c>staff</c>, the staff time
/// and fees the CLI wrote (<c>network</c>, <c>month</c>, <c>hours</c> to 2 places, <c>time_cost</c> and
/// <c>other_cost</c> in the workspace's currency, rounded to its minor unit).
/// </summary>
public static class CostsJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(CostsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var currency = result.Currency;
        return new JsonObject
        {
            ["workspace"] = result.Workspace,
            ["from"] = JsonDocuments.Day(result.Range.From),
            ["to"] = JsonDocuments.Day(result.Range.To),
            ["by"] = result.Grouping.ToString().ToLowerInvariant(),
            ["currency"] = currency,
            ["rows"] = ReportJson.Of(result.Rows),
            ["staff"] = new JsonArray([.. result.Staff.Select(r => (JsonNode?)new JsonObject
            {
                ["network"] = r.Network,
                ["month"] = r.Month is { } m ? JsonDocuments.Day(m) : null,
                ["hours"] = ReportJson.Exact(decimal.Round(r.Hours, 2)),
                ["time_cost"] = ReportJson.Money(Currencies.Round(r.TimeCost, currency)),
                ["other_cost"] = ReportJson.Money(Currencies.Round(r.OtherCost, currency)),
                ["currency"] = currency,
            })]),
        };
    }
}
