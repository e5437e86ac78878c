using Payoff.Core.Workspaces;

namespace Payoff.Core.Publishing;

/// <summary>The period a template reports, relative to the day it is made (today in the workspace's time zone).</summary>
public enum ReportRange
{
    /// <summary>The last whole week, Monday to Sunday (ISO 8601 weeks), before the week of the day.</summary>
    LastWeek,

    /// <summary>The last whole calendar month before the day's month.</summary>
    LastMonth,

    /// <summary>From the first of the day's month to the day itself (a partial month).</summary>
    MonthToDate,

    /// <summary>The last whole calendar quarter (January–March, April–June, …) before the day's quarter.</summary>
    LastQuarter,
}

/// <summary>The names of <see cref="ReportRange"/> (<c>last-week</c>, <c>last-month</c>, <c>month-to-date</c>, <c>last-quarter</c>) and their days.</summary>
public static class ReportRanges
{
    /// <summary>Every range.</summary>
    public static IReadOnlyList<ReportRange> All { get; } = Enum.GetValues<ReportRange>();

    /// <summary>The range's name as people type it.</summary>
    public static string Name(ReportRange range) => range switch
    {
        ReportRange.LastWeek => "last-week",
        ReportRange.LastMonth => "last-month",
        ReportRange.MonthToDate => "month-to-date",
        ReportRange.LastQuarter => "last-quarter",
        _ => throw new ArgumentOutOfRangeException(nameof(range)),
    };

    /// <summary>The range named <paramref name="name"/> (case-insensitive), or null when none is.</summary>
    public static ReportRange? Find(string? name)
    {
        var wanted = name?.Trim();
        foreach (var range in All)
        {
            if (string.Equals(Name(range), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>
    /// The local days <paramref name="range"/> covers when the report is made on <paramref name="today"/>: weeks start on
    /// Monday (ISO 8601), months and quarters are calendar ones; both ends included.
    /// </summary>
    public static DateRange Days(ReportRange range, DateOnly today)
    {
        switch (range)
        {
            case ReportRange.LastWeek:
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return new DateRange(monday.AddDays(-7), monday.AddDays(-1));
            case ReportRange.LastMonth:
                var first = new DateOnly(today.Year, today.Month, 1);
                return new DateRange(first.AddMonths(-1), first.AddDays(-1));
            case ReportRange.MonthToDate:
                return new DateRange(new DateOnly(today.Year, today.Month, 1), today);
            case ReportRange.LastQuarter:
                var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
                return new DateRange(quarter.AddMonths(-3), quarter.AddDays(-1));
            default:
                throw new ArgumentOutOfRangeException(nameof(range));
        }
    }
}
