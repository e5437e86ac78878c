using System.Globalization;
using System.Text;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

public sealed partial class DuckDbContentReader
{
    /// <summary>
    /// The SQL of <paramref name="column"/>'s local time (a UTC <c>TIMESTAMP</c> of the range's local days, ±1 day) in
    /// the workspace's time zone, DST-safe: <c>column + to_minutes(CASE WHEN column &gt;= change THEN offset … END)</c>
    /// over the zone's offset changes (<see cref="Offsets"/>), newest first. A year has two or three changes, so each post
    /// costs a comparison or three, not a join (an ASOF join on a table of the changes took twice the whole best-time
    /// query at a million posts). Only computed instants and whole minutes are written into the SQL, never user text.
    /// Public for the benchmark's raw baseline.
    /// </summary>
    /// <param name="calendar">The workspace's calendar.</param>
    /// <param name="range">The local days the posts were published on.</param>
    /// <param name="column">The SQL of the UTC timestamp, such as <c>po.published_at</c>.</param>
    public static string LocalTime(WorkspaceCalendar calendar, DateRange range, string column)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        var changes = Offsets(calendar, range);
        if (changes.Count == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"({column} + to_minutes({changes[0].Minutes}))");
        }

        var sql = new StringBuilder($"({column} + to_minutes(CASE");
        for (var i = changes.Count - 1; i > 0; i--)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {column} >= TIMESTAMP '{DuckDbDatabase.ToDb(changes[i].At):yyyy-MM-dd HH:mm:ss.ffffff}' THEN {changes[i].Minutes}");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {changes[0].Minutes} END))").ToString();
    }

    /// <summary>
    /// The time zone's UTC offset in minutes from each UTC instant it takes effect, oldest first, from the start of the
    /// day before <paramref name="range"/> to the day after it; an offset change is found to the minute inside the day it
    /// happens.
    /// </summary>
    private static List<(DateTimeOffset At, int Minutes)> Offsets(WorkspaceCalendar calendar, DateRange range)
    {
        var zone = calendar.Zone;
        var from = range.From.AddDays(-1);
        var start = calendar.StartOfDay(from);
        var offset = Minutes(zone, start);
        var changes = new List<(DateTimeOffset At, int Minutes)> { (start, offset) };
        for (var day = from; day <= range.To.AddDays(1); day = day.AddDays(1))
        {
            var (low, high) = (calendar.StartOfDay(day), calendar.StartOfDay(day.AddDays(1)));
            if (Minutes(zone, high) == offset)
            {
                continue;
            }

            // The change lies in (low, high]: halve the interval to the minute, then take the whole minute it starts at.
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var mid = low + ((high - low) / 2);
                (low, high) = Minutes(zone, mid) == offset ? (mid, high) : (low, mid);
            }

            var minute = new DateTimeOffset(high.UtcTicks - (high.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            high = minute > low && Minutes(zone, minute) != offset ? minute : high;
            offset = Minutes(zone, high);
            changes.Add((high, offset));
        }

        return changes;
    }

    private static int Minutes(TimeZoneInfo zone, DateTimeOffset instant) => (int)zone.GetUtcOffset(instant).TotalMinutes;
}
