using System.Globalization;

namespace Payoff.Import.Platforms;

/// <summary>
/// Reads the dates of platform exports: each reader names the formats its platform writes; the user's
/// <see cref="ImportOptions.DateFormat"/> replaces them and <see cref="ImportOptions.Culture"/> reads
/// month names and day-first dates of a localised export.
/// </summary>
internal sealed class PlatformDates(ImportOptions? options)
{
    /// <summary>The formats tried for <paramref name="defaults"/>, as an error message shows them.</summary>
    public string Describe(string[] defaults) => options?.DateFormat ?? defaults[0];

    /// <summary>The date and time in <paramref name="text"/>; false when it is in none of the formats.</summary>
    public bool TryParse(string? text, string[] defaults, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var culture = options?.Culture ?? CultureInfo.InvariantCulture;
        if (options?.DateFormat is { } format)
        {
            return DateTime.TryParseExact(t, format, culture, DateTimeStyles.AllowWhiteSpaces, out value);
        }

        return DateTime.TryParseExact(t, defaults, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
            || (options?.Culture is not null && DateTime.TryParse(t, culture, DateTimeStyles.AllowWhiteSpaces, out value));
    }

    /// <summary>The day in <paramref name="text"/>; false when it is in none of the formats.</summary>
    public bool TryParseDay(string? text, string[] defaults, out DateOnly day)
    {
        var ok = TryParse(text, defaults, out var value);
        day = DateOnly.FromDateTime(value);
        return ok;
    }

    /// <summary>
    /// The time in <paramref name="column"/>, written in the account's time zone without an offset
    /// (Meta's <c>Publish time</c>), read in the workspace's; null when the cell is empty; an error
    /// naming <paramref name="example"/> when it is in none of the formats.
    /// </summary>
    public DateTimeOffset? LocalTime(Csv.CsvRow r, Native.RowErrors row, string column, string[] formats, Core.Workspaces.WorkspaceCalendar calendar, string example)
    {
        if (r[column] is not { } text)
        {
            return null;
        }

        if (TryParse(text, formats, out var local))
        {
            return calendar.StartOfDay(DateOnly.FromDateTime(local)).Add(local.TimeOfDay);
        }

        row.Add(column, $"'{Native.FieldParser.Clip(text)}' is not a time like {options?.DateFormat ?? example}.");
        return null;
    }
}
