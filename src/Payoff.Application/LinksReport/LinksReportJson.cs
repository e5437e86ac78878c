using System.Text.Json.Nodes;
using Payoff.Application.Json;

namespace Payoff.Application.LinksReport;

/// <summary>
/// The one JSON document of the links report (CLI <c>--format json</c> and <c>/api/reports/links</c>):
/// <c>workspace</c>, <c>from</c>, <c>to</c>, <c>currency</c> and <c>rows</c> as the API has always written them
/// (<c>slug</c>, <c>destination</c>, <c>source</c>, <c>medium</c>, <c>campaign</c>, <c>content</c>,
/// <c>enabled</c>, <c>clicks</c>, <c>unique_clicks</c>, <c>bot_clicks</c>, <c>sessions</c>, <c>contacts</c>,
/// <c>customers</c>, <c>revenue</c> in <c>currency</c>).
/// </summary>
public static class LinksReportJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(LinksReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["workspace"] = result.Workspace,
            ["from"] = JsonDocuments.Day(result.Range.From),
            ["to"] = JsonDocuments.Day(result.Range.To),
            ["currency"] = result.Currency,
            ["rows"] = ReportJson.Of(result.Rows),
        };
    }
}
