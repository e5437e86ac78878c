using System.Globalization;

namespace Payoff.Import.Platforms;

/// <summary>The days an export covers, given by the user (<c>--period 2025-12-01..2026-01-31</c>) or read from its file name.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record DatePeriod(DateOnly From, DateOnly To)
{
    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> (or a single <c>yyyy</c>, or <c>yyyy-MM</c>).</summary>
    public static bool TryParse(string? text, out DatePeriod? period)
    {
        period = null;
        var t = (text ?? string.Empty).Trim();
        var parts = t.Split("..", 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && to >= from)
        {
            period = new DatePeriod(from, to);
            return true;
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1999 and < 2200)
        {
            period = new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            period = new DatePeriod(month, month.AddMonths(1).AddDays(-1));
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
