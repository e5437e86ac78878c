using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Conversations;

/// <summary>
/// A workspace's opening hours: per weekday, one span of local time (09:00–17:00), or closed. Written and parsed as
/// <c>mon-fri 09:00-17:00, sat 10:00-14:00</c> (English three-letter weekdays, ranges wrapping over Sunday allowed,
/// 24-hour times, a later entry for a day replacing an earlier one). <see cref="Elapsed"/> counts only open time between
/// two instants, in the workspace's time zone: a night of a clock change counts the hours the clock really showed.
/// </summary>
public sealed partial class BusinessHours
{
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private readonly (TimeOnly Open, TimeOnly Close)?[] week;

    private BusinessHours((TimeOnly, TimeOnly)?[] week) => this.week = week;

    /// <summary>The hours of <paramref name="day"/>, or null when closed.</summary>
    public (TimeOnly Open, TimeOnly Close)? On(DayOfWeek day) => week[((int)day + 6) % 7];

    /// <summary>
    /// Parses <paramref name="text"/> (<c>mon-fri 09:00-17:00, sat 10:00-14:00</c>).
    /// </summary>
    /// <exception cref="FormatException">The text names no day, an unknown day, a time that is not HH:mm, or a span that closes before it opens — the message quotes the part.</exception>
    public static BusinessHours Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var week = new (TimeOnly, TimeOnly)?[7];
        var any = false;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Entry().Match(part.ToLowerInvariant());
            if (!match.Success)
            {
                throw new FormatException($"Business hours: '{part}' is not a day or day range and a time span, like 'mon-fri 09:00-17:00'.");
            }

            var first = Array.IndexOf(Days, match.Groups["from"].Value);
            var last = match.Groups["to"].Success ? Array.IndexOf(Days, match.Groups["to"].Value) : first;
            if (first < 0 || last < 0)
            {
                throw new FormatException($"Business hours: '{part}' names a day other than mon, tue, wed, thu, fri, sat, sun.");
            }

            if (!TimeOnly.TryParseExact(match.Groups["open"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
                || !TryClose(match.Groups["close"].Value, out var close))
            {
                throw new FormatException($"Business hours: '{part}' has a time that is not HH:mm (00:00 to 24:00).");
            }

            if (close <= open && close != TimeOnly.MaxValue)
            {
                throw new FormatException($"Business hours: '{part}' closes before it opens.");
            }

            for (var d = first; ; d = (d + 1) % 7)
            {
                // One span a day: a day named twice is a mistake, not a second shift, so it is refused rather than replaced.
                if (week[d] is not null)
                {
                    throw new FormatException($"Business hours: '{part}' names {Days[d]} again; give each day once (one opening span a day).");
                }

                week[d] = (open, close);
                if (d == last)
                {
                    break;
                }
            }

            any = true;
        }

        return any ? new BusinessHours(week) : throw new FormatException("Business hours: no day given, e.g. 'mon-fri 09:00-17:00'.");
    }

    /// <summary>The open time between <paramref name="from"/> and <paramref name="to"/> in <paramref name="calendar"/>'s zone; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to, WorkspaceCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var day = calendar.DateOf(from);
        var lastDay = calendar.DateOf(to);
        for (; day <= lastDay; day = day.AddDays(1))
        {
            if (On(day.DayOfWeek) is not { } hours)
            {
                continue;
            }

            // The span's instants in the zone (an opening in a clock change's gap moves to the gap's end).
            var open = calendar.Instant(day, hours.Open);
            var close = hours.Close == TimeOnly.MaxValue ? calendar.Instant(day.AddDays(1), TimeOnly.MinValue) : calendar.Instant(day, hours.Close);
            var start = open > from ? open : from;
            var end = close < to ? close : to;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        for (var d = 0; d < 7;)
        {
            if (week[d] is not { } hours)
            {
                d++;
                continue;
            }

            var end = d;
            while (end + 1 < 7 && week[end + 1] == hours)
            {
                end++;
            }

            var close = hours.Close == TimeOnly.MaxValue ? "24:00" : hours.Close.ToString("HH:mm", CultureInfo.InvariantCulture);
            parts.Add($"{Days[d]}{(end > d ? "-" + Days[end] : string.Empty)} {hours.Open.ToString("HH:mm", CultureInfo.InvariantCulture)}-{close}");
            d = end + 1;
        }

        return string.Join(", ", parts);
    }

    private static bool TryClose(string text, out TimeOnly close)
    {
        if (text == "24:00")
        {
            close = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out close);
    }

    [GeneratedRegex(@"^(?<from>[a-z]{3})(?:\s*-\s*(?<to>[a-z]{3}))?\s+(?<open>\d{2}:\d{2})\s*-\s*(?<close>\d{2}:\d{2})$")]
    private static partial Regex Entry();
}
