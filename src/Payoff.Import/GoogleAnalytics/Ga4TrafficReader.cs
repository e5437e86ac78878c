using System.Globalization;
using Payoff.Core.Traffic;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.GoogleAnalytics;

/// <summary>
/// Reads GA4 "Download CSV" reports of traffic acquisition: by session channel group, source /
/// medium or campaign; the period from the <c># Start date:</c> / <c># End date:</c> preamble, or a
/// <c>Date</c> column (<c>YYYYMMDD</c>) for daily rows.
/// </summary>
/// <remarks>
/// The totals row (empty first cell) is skipped. Older properties' <c>Conversions</c> count as key
/// events. Counts use <see cref="PlatformNumber"/> (<c>1,234</c>, <c>--</c> → null).
/// </remarks>
public static class Ga4TrafficReader
{
    private static readonly (string Prefix, string Dimension)[] Dimensions =
    [
        ("session_primary_channel_group", "channel"),
        ("session_default_channel_group", "channel"),
        ("session_source_/_medium", "source_medium"),
        ("session_campaign", "campaign"),
        ("session_source", "source"),
        ("first_user_primary_channel_group", "channel"),
    ];

    /// <summary>Whether a header (normalised) is a GA4 traffic report.</summary>
    public static bool Matches(IReadOnlyList<string> header) => header.Contains("sessions") && DimensionOf(header) is not null;

    /// <summary>Reads and validates the file.</summary>
    public static ParsedFile<TrafficRow> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        var (column, dimension) = DimensionOf(table.Header) ?? throw new ImportFileException(1, table.Header[0], $"The first column '{table.Header[0]}' is not a GA4 session dimension (channel group, source / medium, campaign).");
        var daily = table.Columns.ContainsKey("date");
        DateOnly from = default, to = default;
        if (!daily && (!Period(table.Preamble, "start date:", out from) || !Period(table.Preamble, "end date:", out to)))
        {
            throw new ImportFileException(1, null, "The report has no '# Start date:' and '# End date:' lines and no Date column, so its period is unknown. Download it again from GA4 with the date range in the file.");
        }

        var keyEvents = table.Columns.ContainsKey("key_events") ? "key_events" : table.Columns.ContainsKey("conversions") ? "conversions" : null;
        return NativeRows.Read(table, (r, row) =>
        {
            var value = r[column];
            if (value is null)
            {
                return null;
            }

            var (start, end) = (from, to);
            if (daily)
            {
                if (!DateOnly.TryParseExact(r["date"], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
                {
                    row.Add("date", $"'{FieldParser.Clip(r["date"] ?? string.Empty)}' is not a GA4 date (YYYYMMDD).");
                }

                end = start;
            }

            var sessions = PlatformColumns.Count(r, row, "sessions");
            var result = new TrafficRow(start, end, dimension, value, sessions ?? 0, PlatformColumns.Count(r, row, "engaged_sessions"), PlatformColumns.Amount(r, row, keyEvents, allowNegative: true), PlatformColumns.Amount(r, row, "total_revenue", allowNegative: true));
            return row.Count == 0 ? result : null;
        });
    }

    private static (string Column, string Dimension)? DimensionOf(IReadOnlyList<string> header)
    {
        var first = header.Count > 0 ? header[0] : string.Empty;
        var column = first == "date" && header.Count > 1 ? header[1] : first;
        foreach (var (prefix, dimension) in Dimensions)
        {
            if (column.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (column, dimension);
            }
        }

        return null;
    }

    private static bool Period(IReadOnlyList<string> preamble, string label, out DateOnly date)
    {
        date = default;
        var line = preamble.FirstOrDefault(l => l.StartsWith(label, StringComparison.OrdinalIgnoreCase));
        return line is not null && DateOnly.TryParseExact(line[label.Length..].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

}
