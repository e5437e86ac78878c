using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Platforms;

/// <summary>The daily account metrics of one row of a platform's daily export: one record per metric column the file has.</summary>
internal static class DailyMetrics
{
    /// <summary>
    /// The columns of <paramref name="metrics"/> (canonical metric → the platform's column names, first
    /// present wins) that <paramref name="header"/> has.
    /// </summary>
    public static List<(string Metric, string Column)> Present(IReadOnlyDictionary<string, int> header, IEnumerable<(string Metric, string[] Columns)> metrics) =>
        [.. metrics.Select(m => (m.Metric, Column: m.Columns.FirstOrDefault(header.ContainsKey))).Where(m => m.Column is not null).Select(m => (m.Metric, m.Column!))];

    /// <summary>The row's values of <paramref name="metrics"/> on <paramref name="day"/>; "no value" cells are left out, text that is not a number is a row error.</summary>
    public static List<SocialRecord> Read(CsvRow r, RowErrors row, DateOnly day, string network, string? account, List<(string Metric, string Column)> metrics)
    {
        var records = new List<SocialRecord>(metrics.Count);
        foreach (var (metric, column) in metrics)
        {
            if (!PlatformNumber.TryParse(r[column], out var value))
            {
                row.Add(column, $"'{FieldParser.Clip(r[column] ?? string.Empty)}' is not a number.");
            }
            else if (value is { } v)
            {
                records.Add(SocialRecord.Of(new AccountMetric(day, network, account, metric, PlatformName(column), v)));
            }
        }

        return records;
    }

    /// <summary>The platform's own name of a normalised column (<c>reposts_(total)</c> → <c>Reposts (total)</c>).</summary>
    public static string PlatformName(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = column.Replace('_', ' ');
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
