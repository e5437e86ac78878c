using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Import.Platforms;

namespace Payoff.Import.TikTok;

/// <summary>
/// Gives a year to TikTok Studio's dates, which have none (<c>August 31</c>, Spanish
/// <c>10 de febrero</c>): the year is the one that puts the day inside the export's period, given with
/// <c>--period</c> or read from the file name. A day that falls inside the period in no year, or in two
/// (a period longer than a year), is an error that says so.
/// </summary>
internal sealed partial class YearlessDates(DatePeriod? period, CultureInfo? culture)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly string[] EnglishFormats = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];
    private static readonly string[] SpanishFormats = ["d 'de' MMMM yyyy", "d MMMM yyyy", "d 'de' MMM yyyy"];

    /// <summary>The period the dates are resolved in, or null when neither the user nor the file name gave one.</summary>
    public DatePeriod? Period => period;

    /// <summary>The period a file name gives: two dates (<c>2025-12-01_2026-01-31</c>, <c>20251201-20260131</c>) or a year.</summary>
    public static DatePeriod? FromFileName(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dates = DatePattern().Matches(name)
            .Select(m => DateOnly.TryParseExact(m.Value.Replace("-", string.Empty, StringComparison.Ordinal), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToList();
        if (dates.Count >= 2 && dates[1] >= dates[0])
        {
            return new DatePeriod(dates[0], dates[1]);
        }

        var year = YearPattern().Match(name);
        return year.Success && DatePeriod.TryParse(year.Value, out var whole) ? whole : null;
    }

    /// <summary>The day of <paramref name="text"/>, or an error message.</summary>
    public bool TryResolve(string text, out DateOnly day, out string error)
    {
        day = default;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            error = string.Empty;
            return true;
        }

        if (period is null)
        {
            error = $"'{Native.FieldParser.Clip(t)}' has no year, and neither --period nor the file name gives the export's dates (e.g. --period 2025-12-01..2026-01-31).";
            return false;
        }

        var matches = new List<DateOnly>();
        for (var year = period.From.Year; year <= period.To.Year; year++)
        {
            if (TryParseIn(t, year, out var candidate) && candidate >= period.From && candidate <= period.To)
            {
                matches.Add(candidate);
            }
        }

        if (matches.Count == 1)
        {
            day = matches[0];
            error = string.Empty;
            return true;
        }

        error = matches.Count == 0
            ? TryParseIn(t, period.From.Year, out _) || TryParseIn(t, period.From.Year + 1, out _)
                ? $"'{Native.FieldParser.Clip(t)}' falls outside the period {period} in every year; check --period."
                : $"'{Native.FieldParser.Clip(t)}' is not a day like August 31 or 10 de febrero."
            : $"'{Native.FieldParser.Clip(t)}' is ambiguous: it falls inside the period {period} in {string.Join(" and ", matches.Select(m => m.Year))}. Import one year at a time with a shorter --period.";
        return false;
    }

    private bool TryParseIn(string text, int year, out DateOnly day)
    {
        var withYear = string.Create(CultureInfo.InvariantCulture, $"{text} {year}");
        return DateOnly.TryParseExact(withYear, EnglishFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out day)
            || DateOnly.TryParseExact(withYear, SpanishFormats, Spanish, DateTimeStyles.AllowWhiteSpaces, out day)
            || (culture is not null && DateOnly.TryParse(withYear, culture, DateTimeStyles.AllowWhiteSpaces, out day));
    }

    [GeneratedRegex(@"(?<!\d)(?:20\d\d-?[01]\d-?[0-3]\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
