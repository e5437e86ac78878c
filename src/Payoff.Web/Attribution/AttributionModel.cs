using Payoff.Application.Attribution;
using Payoff.Application.Paths;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Core.Attribution;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Attribution;

/// <summary>
/// The attribution page: the conversions (<c>?conversion=lead|customer|NAME</c>) credited under every
/// model side by side (<c>?by=channel|network|campaign</c>), the common paths, and which networks
/// open, assist and close.
/// </summary>
/// <param name="Report">The models' results, each adding up to the conversions.</param>
/// <param name="Keys">The chart's labels: the networks (or channels, campaigns).</param>
/// <param name="Chart">One series per model: conversions credited to each key.</param>
/// <param name="Tables">Models, paths, and opens/assists/closes.</param>
public sealed record AttributionModel(AttributionReport Report, IReadOnlyList<string> Keys, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>The page's fields of the request; every other field takes its default (every model, 90 days' lookback).</summary>
    private static readonly string[] Fields = ["from", "to", "by", "conversion"];

    /// <summary>Why the page shows no report (a bad field, an unknown <c>?conversion=</c> with the known names), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Builds the page through <paramref name="scope"/>'s session with the attribution and paths handlers.</summary>
    public static async Task<AttributionModel> BuildAsync(DashboardScope scope, AttributionHandler attribution, PathsHandler paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(paths);
        try
        {
            var request = AttributionRequest.Parse(new RequestValues(Fields.ToDictionary(f => f, f => scope[f], StringComparer.Ordinal)), scope.Workspace, scope.Time);
            var report = await attribution.HandleAsync(scope.Session, scope.Workspace, request, cancellationToken);
            var insights = await paths.HandleAsync(scope.Session, scope.Workspace, new PathsRequest(request.Journeys, PathsRequest.DefaultTop), cancellationToken);
            var keys = AttributionTable.Keys(report);
            var chart = report.Results.Select(r => new ChartLine(AttributionModels.Label(r.Model), [.. keys.Select(k => (double?)(r.Credits.FirstOrDefault(c => c.Channel == k)?.Conversions ?? 0))])).ToList();
            return new AttributionModel(report, keys, chart, [AttributionTable.Build(report, request.Journeys.By, scope.Workspace.Currency, labels: true), .. PathsTable.Build(insights.Insights, request.Journeys.By, scope.Workspace.Currency, labels: true)]);
        }
        catch (RequestException ex)
        {
            return new AttributionModel(new AttributionReport("events", scope.Range, scope["conversion"] ?? "lead", 0, [], []), [], [], []) { Error = ex.Message };
        }
    }
}
