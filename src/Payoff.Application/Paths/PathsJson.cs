using System.Text.Json.Nodes;
using Payoff.Application.Json;

namespace Payoff.Application.Paths;

/// <summary>
/// The path insights' one JSON document (<c>payoff report paths --format json</c> and <c>/api/reports/paths</c>):
/// the insights as the API has always given them (paths, lengths, time_to_conversion, roles), plus the command
/// line's workspace, source of the journeys and notes.
/// </summary>
public static class PathsJson
{
    /// <summary>The document of <paramref name="report"/> for the workspace named <paramref name="workspace"/>.</summary>
    public static JsonObject Build(PathsReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = ReportJson.Of(report.Insights).AsObject();
        body.Insert(0, "workspace", workspace);
        body.Insert(1, "source", report.Source);
        body["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]);
        return body;
    }
}
