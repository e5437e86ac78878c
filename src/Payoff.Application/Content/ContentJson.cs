using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Content;

namespace Payoff.Application.Content;

/// <summary>
/// The JSON documents of the content reports (CLI <c>--format json</c>, <c>/api/reports/content</c> and
/// <c>/api/reports/best-time</c>): <c>workspace</c>, <c>from</c>, <c>to</c>, <c>network</c>, the request's words and
/// the report's records in snake_case. Rates are fractions of their basis (<c>bases</c> names each network's); local
/// times are in the workspace's time zone without an offset, UTC instants with one; captions are as imported.
/// </summary>
public static class ContentJson
{
    /// <summary>The content report's document: <c>by</c>, <c>metric</c>, <c>bases</c>, then <c>top</c>, <c>bottom</c> and <c>ranked</c> (by post) or <c>groups</c> and <c>comparisons</c> (each with its rank-sum <c>test</c>, Holm-adjusted p, power, posts needed, outcome and finding).</summary>
    public static JsonObject Build(ContentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var document = Head(result.Workspace, report.Filter);
        document["by"] = report.Grouping.ToString().ToLowerInvariant();
        document["metric"] = Word(report.Metric);
        document["bases"] = ReportJson.Of(report.Bases);
        if (report.Grouping == ContentGrouping.Post)
        {
            document["top"] = ReportJson.Of(report.Top);
            document["bottom"] = ReportJson.Of(report.Bottom);
            document["ranked"] = ReportJson.Of(report.Ranked);
        }
        else
        {
            document["groups"] = ReportJson.Of(report.Groups);
            document["comparisons"] = ReportJson.Of(report.Comparisons);
        }

        return document;
    }

    /// <summary>The best-time report's document: <c>metric</c>, <c>min_posts</c> and <c>networks</c> (cells, weekdays, best, best_weekday, finding).</summary>
    public static JsonObject BestTime(BestTimeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var document = Head(result.Workspace, report.Filter);
        document["metric"] = Word(report.Metric);
        document["min_posts"] = report.MinPosts;
        document["networks"] = ReportJson.Of(report.Networks);
        return document;
    }

    private static JsonObject Head(string workspace, ContentFilter filter) => new()
    {
        ["workspace"] = workspace,
        ["from"] = JsonDocuments.Day(filter.Range.From),
        ["to"] = JsonDocuments.Day(filter.Range.To),
        ["network"] = filter.Network,
    };

    private static string Word(ContentMetric metric) => ContentRequest.Metrics.First(m => m.Value == metric).Word;
}
