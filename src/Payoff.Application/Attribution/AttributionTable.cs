using Payoff.Application.Tables;
using Payoff.Core.Attribution;

namespace Payoff.Application.Attribution;

/// <summary>The attribution report as a table: conversions credited to each key, one column per model.</summary>
public static class AttributionTable
{
    /// <summary>
    /// The keys of <paramref name="report"/>, most credited (summed over every model) first: the rows of the
    /// table and the labels of the dashboard's chart.
    /// </summary>
    public static IReadOnlyList<string> Keys(AttributionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Results.SelectMany(r => r.Credits).GroupBy(c => c.Channel).OrderByDescending(g => g.Sum(c => c.Conversions)).Select(g => g.Key)];
    }

    /// <summary>
    /// The table <c>models</c>: a row per key (<paramref name="by"/> names its column), the credited conversions
    /// rounded to 2 places per model, and the models' total conversions as the footer.
    /// </summary>
    public static ReportTable Build(AttributionReport report, string by)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            "models",
            "Conversions credited, model by model",
            [new(JourneyRequest.KeyTitle(by)), .. report.Results.Select(r => new TableColumn(r.Model, CellKind.Number))],
            [.. Keys(report).Select(k => new TableRow([k, .. report.Results.Select(r => (object?)Math.Round(r.Credits.FirstOrDefault(c => c.Channel == k)?.Conversions ?? 0, 2))]))],
            new TableRow(["Total", .. report.Results.Select(r => (object?)r.TotalConversions)]));
    }
}
