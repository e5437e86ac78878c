using System.Text.Json.Nodes;
using Payoff.Application.Json;

namespace Payoff.Application.Social;

/// <summary>
/// The one JSON document of the social report (CLI <c>--format json</c> and <c>/api/reports/social</c>):
/// <c>workspace</c>, <c>from</c>, <c>to</c>, <c>by</c> and <c>rows</c> as the API has always written them
/// (<c>network</c>, <c>account</c>, <c>month</c> as its first day, <c>followers</c>, <c>follower_growth</c>,
/// <c>impressions</c>, <c>views</c>, <c>reach</c>, <c>engagements</c>, <c>likes</c>, <c>comments</c>,
/// <c>shares</c>, <c>saves</c>, <c>clicks</c>, <c>posts</c>, <c>engagement_rate</c> — a fraction of its
/// <c>engagement_rate_basis</c>, views, impressions or reach). A metric the platform does not report is null.
/// </summary>
public static class SocialJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(SocialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["workspace"] = result.Workspace,
            ["from"] = JsonDocuments.Day(result.Range.From),
            ["to"] = JsonDocuments.Day(result.Range.To),
            ["by"] = result.Grouping.ToString().ToLowerInvariant(),
            ["rows"] = ReportJson.Of(result.Rows),
        };
    }
}
