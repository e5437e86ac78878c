using Payoff.Core.Attribution;
using Payoff.Storage.DuckDb;
using Payoff.Web.Components.Charts;
using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>
/// The attribution page: the conversions (<c>?conversion=lead|customer</c>) credited under every
/// model side by side (<c>?by=channel|network|campaign</c>), the common paths, and which networks
/// open, assist and close.
/// </summary>
/// <param name="Report">The models' results, each adding up to the conversions.</param>
/// <param name="Keys">The chart's labels: the networks (or channels, campaigns).</param>
/// <param name="Chart">One series per model: conversions credited to each key.</param>
/// <param name="Tables">Models, paths, and opens/assists/closes.</param>
public sealed record AttributionModel(AttributionReport Report, IReadOnlyList<string> Keys, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Why the page shows no report (an unknown <c>?conversion=</c>, with the known names), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Builds the page.</summary>
    public static AttributionModel Build(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var by = scope["by"] is "channel" or "campaign" ? scope["by"]! : "network";
        var conversion = scope["conversion"] ?? "lead";
        var reader = new DuckDbJourneyReader(scope.Db);
        if (reader.HasEvents(scope.Workspace) && reader.ConversionError(scope.Workspace, conversion) is { } error)
        {
            return new AttributionModel(new AttributionReport("events", scope.Range, conversion, 0, [], []), [], [], []) { Error = "conversion: " + error };
        }

        var query = new JourneyQuery(scope.Range, conversion, by, 90);
        var models = AttributionModels.Names.Select(n => AttributionModels.Create(n)!).ToList();
        var report = new AttributionReportBuilder(reader).Build(scope.Workspace, query, models, null);
        if (reader.Untouched > 0)
        {
            report = report with { Notes = [.. report.Notes, $"{reader.Untouched:N0} conversions had no tracked visit in their lookback window (CRM-only or offline) and are not credited."] };
        }

        var keys = report.Results.SelectMany(r => r.Credits).GroupBy(c => c.Channel).OrderByDescending(g => g.Sum(c => c.Conversions)).Select(g => g.Key).ToList();
        var chart = report.Results.Select(r => new ChartLine(r.Model, [.. keys.Select(k => (double?)(r.Credits.FirstOrDefault(c => c.Channel == k)?.Conversions ?? 0))])).ToList();
        var side = new ReportTable(
            "models",
            "Conversions credited, model by model",
            [new(Title(by)), .. report.Results.Select(r => new TableColumn(r.Model, CellKind.Number))],
            [.. keys.Select(k => new TableRow([k, .. report.Results.Select(r => (object?)Math.Round(r.Credits.FirstOrDefault(c => c.Channel == k)?.Conversions ?? 0, 2))]))],
            new TableRow(["Total", .. report.Results.Select(r => (object?)r.TotalConversions)]));

        var fromEvents = reader.HasEvents(scope.Workspace);
        var journeys = fromEvents ? reader.ReadEvents(scope.Workspace, query) : reader.ReadPaths(scope.Workspace);
        var insights = PathInsights.Build(journeys, 20);
        var paths = new ReportTable(
            "paths",
            "Most common converting paths",
            [new("Path"), new("Journeys", CellKind.Count), new("Conversions", CellKind.Count), TableColumn.Money($"Value ({scope.Workspace.Currency})", scope.Workspace.Currency)],
            [.. insights.Paths.Select(p => new TableRow([p.Path, p.Journeys, p.Conversions, p.Value]))]);
        var roles = new ReportTable(
            "roles",
            "Opens, assists and closes",
            [new(Title(by)), new("Opens", CellKind.Count), new("Assists", CellKind.Count), new("Closes", CellKind.Count)],
            [.. insights.Roles.Select(r => new TableRow([r.Key, r.Opens, r.Assists, r.Closes]))]);
        return new AttributionModel(report, keys, chart, [side, paths, roles]);
    }

    private static string Title(string by) => by switch { "channel" => "Channel", "campaign" => "Campaign", _ => "Network" };
}
