using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Attribution;
using Payoff.Core.Money;

namespace Payoff.Application.Attribution;

/// <summary>The attribution report as its one table: conversions credited to each key, one column per model.</summary>
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
    /// rounded to 2 places per model, and the models' total conversions as the footer. With one model, also the
    /// credited value in <paramref name="currency"/>, the share of all credited conversions and, for Markov, the
    /// removal effect. Notes: whether each model's credits add up to the conversions and value, the report's notes.
    /// With <paramref name="labels"/> (pages), the models go by their labels (<see cref="AttributionModels.Label"/>);
    /// else (CLI, exports) by their machine names.
    /// </summary>
    public static ReportTable Build(AttributionReport report, string by, string currency, bool labels = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var single = report.Results.Count == 1 ? report.Results[0] : null;
        var markov = single?.Model == "markov";
        string Name(string model) => labels ? AttributionModels.Label(model) : model;
        List<TableColumn> columns = [new(JourneyRequest.KeyTitle(by)), .. report.Results.Select((r, i) => new TableColumn(Name(r.Model), CellKind.Number) { DropRank = i })];
        if (single is not null)
        {
            columns.Add(TableColumn.Money($"Value ({currency})", currency));
            columns.Add(new("Share", CellKind.Percent) { DropRank = 1 });
            if (markov)
            {
                columns.Add(new("Removal effect", CellKind.Number) { DropRank = 2 });
            }
        }

        return new ReportTable(
            "models",
            "Conversions credited, model by model",
            columns,
            [.. Keys(report).Select(k => new TableRow([k, .. report.Results.Select(r => (object?)Math.Round(r.Credits.FirstOrDefault(c => c.Channel == k)?.Conversions ?? 0, 2)), .. Single(single, k, markov)]))],
            new TableRow(["Total", .. report.Results.Select(r => (object?)r.TotalConversions), .. single is null ? [] : new object?[] { single.Credits.Sum(c => c.Value) }]))
        {
            Notes = [.. report.Results.Select(r => r.AddsUp
                ? $"✓ {Name(r.Model)}: credits add up to the {r.TotalConversions.ToString("N0", CultureInfo.InvariantCulture)} conversions and {Currencies.Format(r.TotalValue, currency)} of value."
                : string.Create(CultureInfo.InvariantCulture, $"✗ {Name(r.Model)}: credits {r.Credits.Sum(c => c.Conversions):0.##} of {r.TotalConversions:N0} conversions.")), .. report.Notes],
        };
    }

    private static object?[] Single(AttributionResult? single, string key, bool markov)
    {
        if (single?.Credits.FirstOrDefault(c => c.Channel == key) is not { } credit)
        {
            return single is null ? [] : markov ? [null, null, null] : [null, null];
        }

        return markov ? [credit.Value, (decimal)credit.Share, credit.RemovalEffect is { } e ? (decimal)Math.Round(e, 3) : null] : [credit.Value, (decimal)credit.Share];
    }
}
