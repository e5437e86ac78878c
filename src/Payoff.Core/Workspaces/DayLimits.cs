using System.Globalization;

namespace Payoff.Core.Workspaces;

/// <summary>
/// The days a report may name: 1900-01-01 to 2999-12-31. Far wider than any data, and far enough from
/// <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> that a report's arithmetic — the
/// day after its end, the year before its start, a benchmark's 120 months back — never leaves the calendar.
/// </summary>
public static class DayLimits
{
    /// <summary>The earliest day a report may name.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The latest day a report may name.</summary>
    public static readonly DateOnly Latest = new(2999, 12, 31);

    /// <summary>Whether <paramref name="day"/> lies within the limits (both included).</summary>
    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>A sentence naming <paramref name="field"/> when <paramref name="day"/> lies outside the limits, else null.</summary>
    public static string? Problem(string field, DateOnly day) => Contains(day)
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{field} ({day:yyyy-MM-dd}) must be a day from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.");
}
