using System.Globalization;
using Payoff.Core.Traffic;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.GoogleAnalytics;

/// <summary>
/// Reads GA4 "Download CSV" reports of traffic acquisition: by session channel group, source /
/// medium or campaign; the period from the <c># Start date:</c> / <c># End date:</c> preamble, a
/// <c>Date</c> column (<c>YYYYMMDD</c>) for daily rows, or a <c>Date range</c> column for comparisons.
/// </summary>
/// <remarks>
/// The totals row (empty first cell) is skipped. A report downloaded with "compare" on has a
/// <c>Date range</c> column and a row per period: each row is stored in its own range (issue 13, §3.5),
/// and a row whose range cannot be read is an error naming it — never one period kept and the other
/// dropped as a repeat. Older properties' <c>Conversions</c> count as key events. Counts use <see cref="PlatformNumber"/> (<c>1,234</c>, <c>--</c> → null).
/// </remarks>
public static class Ga4TrafficReader
{
    private static readonly string[] RangeFormats = ["MMM d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "yyyyMMdd"];

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
        var compared = !daily && table.Columns.ContainsKey("date_range");
        DateOnly from = default, to = default;
        if (!daily && !compared && (!Period(table.Preamble, "start date:", out from) || !Period(table.Preamble, "end date:", out to)))
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
            else if (compared && !TryRange(r["date_range"], out start, out end))
            {
                row.Add("date_range", $"'{FieldParser.Clip(r["date_range"] ?? string.Empty)}' is not a GA4 date range like May 1, 2026 - May 31, 2026; each row of a comparison is stored in its own period.");
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

    /// <summary>A comparison row's own period: <c>May 1, 2026 - May 31, 2026</c> (also full month names, ISO or <c>YYYYMMDD</c> dates).</summary>
    private static bool TryRange(string? text, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        var parts = (text ?? string.Empty).Split(" - ", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0], RangeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out from)
            && DateOnly.TryParseExact(parts[1], RangeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out to)
            && to >= from;
    }

    private static bool Period(IReadOnlyList<string> preamble, string label, out DateOnly date)
    {
        date = default;
        var line = preamble.FirstOrDefault(l => l.StartsWith(label, StringComparison.OrdinalIgnoreCase));
        return line is not null && DateOnly.TryParseExact(line[label.Length..].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

}
