using System.Globalization;
using Payoff.Core.Audience;
using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Platforms;

/// <summary>
/// The cells of audience exports: shares (<see cref="PlatformShare"/>) and counts (<c>1,204</c>, <c>1.204</c>,
/// <c>1.2K</c>), with the row error naming the column when a cell is neither.
/// </summary>
internal static class AudienceCells
{
    /// <summary>
    /// A whole count written with group separators of any locale (<c>1,204</c>, <c>1.204</c>, <c>1 204</c> with a
    /// no-break space): a count of people has no fraction, so a dot or comma before exactly three digits groups them.
    /// </summary>
    private static long? Grouped(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        if (!System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
        {
            return null;
        }

        var digits = new string([.. t.Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// The snapshot's day from a file name or title: the last <c>yyyy-MM-dd</c> in it (the end of the export's period,
    /// <c>FollowerGender_2026-05-01_2026-05-31.csv</c> → 2026-05-31), or null.
    /// </summary>
    public static DateOnly? AsOf(string path, string? title = null)
    {
        DateOnly? day = null;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches($"{title} {System.IO.Path.GetFileNameWithoutExtension(path)}", @"(?<!\d)(\d{4})-(\d\d)-(\d\d)(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
        {
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                day = d;
            }
        }

        return day;
    }

    /// <summary>
    /// A two-column list of values and shares (Meta's top cities, TikTok's territories): the value in the first
    /// column (trimmed; empty is a row error), its share in the second, in the file's order.
    /// </summary>
    public static ParsedFile<SocialRecord> ShareList(CsvTable table, AudienceRow template)
    {
        var (valueColumn, shareColumn) = (table.Header[0], table.Header[1]);
        var position = 0;
        return NativeRows.Read(table, (r, row) =>
        {
            var value = row.Limit(valueColumn, r[valueColumn]?.Trim());
            if (value is null)
            {
                row.Add(valueColumn, $"{template.PlatformDimension} is empty.");
            }

            var share = Share(r, row, shareColumn);
            if (share is null && row.Count == 0)
            {
                row.Add(shareColumn, $"No share for {value}.");
            }

            return row.Count == 0 ? SocialRecord.Of(template with { Value = value!, Share = share, Position = position++ }) : null;
        });
    }

    /// <summary>The share in <paramref name="column"/>, or null with a row error naming the column when it is not one.</summary>
    public static decimal? Share(CsvRow r, RowErrors row, string column)
    {
        if (PlatformShare.TryParse(r[column], out var share))
        {
            return share;
        }

        row.Add(column, $"'{FieldParser.Clip(r[column] ?? string.Empty)}' is not a share: write a percentage (12.5% or 12,5 %) or a fraction from 0 to 1 (0.125).");
        return null;
    }

    /// <summary>
    /// The cell of a count column (<paramref name="column"/>): a whole count, or a share when the platform wrote a
    /// percentage there instead (<c>12.5%</c>); a row error naming the column for anything else.
    /// </summary>
    public static (long? Count, decimal? Share) CountOrShare(CsvRow r, RowErrors row, string column)
    {
        var text = r[column];
        if (text is not null && text.TrimEnd().EndsWith('%'))
        {
            return (null, Share(r, row, column));
        }

        if (Grouped(text) is { } whole)
        {
            return (whole, null);
        }

        if (PlatformNumber.TryParseCount(text, out var count) && count is null or >= 0)
        {
            return (count, null);
        }

        row.Add(column, $"'{FieldParser.Clip(text ?? string.Empty)}' is not a count of people (or a percentage).");
        return (null, null);
    }
}
