using System.Globalization;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Platforms;

/// <summary>
/// The cells of audience exports: shares written as text (<c>12.5%</c>, <c>12,5 %</c> with a no-break space, or the
/// fraction <c>0.125</c>) and counts (<c>1,204</c>, <c>1.2K</c>). "No value" words (<c>--</c>, empty) are null.
/// </summary>
internal static class AudienceCells
{
    /// <summary>
    /// A share as a fraction: a number with <c>%</c> is a percentage (decimal point or comma), one without is a fraction
    /// between 0 and 1; null for "no value". False for anything else, including a bare number above 1 (is it 41 % or 41
    /// people? the file must say).
    /// </summary>
    public static bool TryShare(string? text, out decimal? share)
    {
        share = null;
        var t = (text ?? string.Empty).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (t.Length == 0 || t is "--" or "-" || t.Equals("n/a", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var percent = t.EndsWith('%');
        t = t.TrimEnd('%');
        if (t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal))
        {
            t = t.Replace(',', '.');
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var fraction = percent ? number / 100m : number;
        if (fraction > 1m)
        {
            return false;
        }

        share = fraction;
        return true;
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

    /// <summary>The share in <paramref name="column"/>, or null with a row error naming the column when it is not one.</summary>
    public static decimal? Share(CsvRow r, RowErrors row, string column)
    {
        if (TryShare(r[column], out var share))
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

        if (PlatformNumber.TryParseCount(text, out var count) && count is null or >= 0)
        {
            return (count, null);
        }

        row.Add(column, $"'{FieldParser.Clip(text ?? string.Empty)}' is not a count of people (or a percentage).");
        return (null, null);
    }
}
