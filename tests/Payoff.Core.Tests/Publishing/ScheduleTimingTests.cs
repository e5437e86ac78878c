using Payoff.Core.Publishing;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Publishing;

/// <summary>
/// When a schedule is due (issue 20): weeks from Monday, a month's day 31 its last day, local times in the workspace's zone
/// across daylight saving, and the report periods of the templates.
/// </summary>
public sealed class ScheduleTimingTests
{
    private static readonly WorkspaceCalendar Warsaw = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekly_schedule_is_due_on_its_weekday_at_its_local_time()
    {
        var monday8 = new ScheduleTiming(ScheduleEvery.Week, 1, new TimeOnly(8, 0));
        // Wednesday 2026-11-25 12:00 UTC: last due Monday 2026-11-23 08:00 Warsaw (07:00 UTC, winter), next the Monday after.
        Assert.Equal(Utc(2026, 11, 23, 7), monday8.LastDue(Warsaw, Utc(2026, 11, 25, 12)));
        Assert.Equal(Utc(2026, 11, 30, 7), monday8.NextDue(Warsaw, Utc(2026, 11, 25, 12)));
        // At the due instant itself it is due (last), and the next is a week on.
        Assert.Equal(Utc(2026, 11, 30, 7), monday8.LastDue(Warsaw, Utc(2026, 11, 30, 7)));
        Assert.Equal(Utc(2026, 12, 7, 7), monday8.NextDue(Warsaw, Utc(2026, 11, 30, 7)));
        var sunday = new ScheduleTiming(ScheduleEvery.Week, 7, new TimeOnly(20, 0));
        Assert.Equal(Utc(2026, 11, 22, 19), sunday.LastDue(Warsaw, Utc(2026, 11, 25, 12)));
    }

    [Fact]
    public void Day_31_is_the_last_day_of_every_month()
    {
        var last = new ScheduleTiming(ScheduleEvery.Month, 31, new TimeOnly(9, 0));
        Assert.Equal(new DateOnly(2026, 2, 28), last.DueDay(new DateOnly(2026, 2, 10)));
        Assert.Equal(new DateOnly(2028, 2, 29), last.DueDay(new DateOnly(2028, 2, 1)));
        Assert.Equal(new DateOnly(2026, 4, 30), last.DueDay(new DateOnly(2026, 4, 30)));
        // From 2026-03-05 the last due was 2026-02-28 09:00 Warsaw; the next, 2026-03-31 09:00 (summer time: 07:00 UTC).
        Assert.Equal(Utc(2026, 2, 28, 8), last.LastDue(Warsaw, Utc(2026, 3, 5, 0)));
        Assert.Equal(Utc(2026, 3, 31, 7), last.NextDue(Warsaw, Utc(2026, 3, 5, 0)));
        Assert.Equal("day: 32 is not a day of the month; use 1 to 31 (31 means the month's last day).", new ScheduleTiming(ScheduleEvery.Month, 32, default).Problem());
        Assert.Equal("day: 0 is not a day of the week; use 1 (Monday) to 7 (Sunday).", new ScheduleTiming(ScheduleEvery.Week, 0, default).Problem());
    }

    [Fact]
    public void A_time_the_clocks_skip_moves_on_and_each_period_has_one_due_instant()
    {
        // Sunday 2026-03-29 in Warsaw: 02:00 → 03:00. A schedule at 02:30 is due at 03:00 local (01:00 UTC) that day.
        var skipped = new ScheduleTiming(ScheduleEvery.Week, 7, new TimeOnly(2, 30));
        Assert.Equal(Utc(2026, 3, 29, 1), skipped.NextDue(Warsaw, Utc(2026, 3, 28, 12)));
        // Sunday 2026-10-25: 03:00 → 02:00. 02:30 happens twice; the schedule is due at the first (00:30 UTC), once.
        var twice = new ScheduleTiming(ScheduleEvery.Week, 7, new TimeOnly(2, 30));
        var due = twice.NextDue(Warsaw, Utc(2026, 10, 24, 12));
        Assert.Equal(Utc(2026, 10, 25, 0, 30), due);
        Assert.Equal(Utc(2026, 11, 1, 1, 30), twice.NextDue(Warsaw, due));
        Assert.Equal(due, twice.LastDue(Warsaw, Utc(2026, 10, 25, 1, 45)));
    }

    [Fact]
    public void Template_periods_are_whole_weeks_from_monday_months_and_quarters()
    {
        var wednesday = new DateOnly(2026, 12, 2);
        Assert.Equal(new DateRange(new(2026, 11, 23), new(2026, 11, 29)), ReportRanges.Days(ReportRange.LastWeek, wednesday));
        Assert.Equal(new DateRange(new(2026, 11, 23), new(2026, 11, 29)), ReportRanges.Days(ReportRange.LastWeek, new DateOnly(2026, 11, 30))); // a Monday
        Assert.Equal(new DateRange(new(2026, 11, 1), new(2026, 11, 30)), ReportRanges.Days(ReportRange.LastMonth, wednesday));
        Assert.Equal(new DateRange(new(2026, 12, 1), new(2026, 12, 2)), ReportRanges.Days(ReportRange.MonthToDate, wednesday));
        Assert.Equal(new DateRange(new(2026, 7, 1), new(2026, 9, 30)), ReportRanges.Days(ReportRange.LastQuarter, wednesday));
        Assert.Equal(new DateRange(new(2025, 10, 1), new(2025, 12, 31)), ReportRanges.Days(ReportRange.LastQuarter, new DateOnly(2026, 1, 15)));
        Assert.Equal(ReportRange.MonthToDate, ReportRanges.Find(" Month-To-Date "));
        Assert.Null(ReportRanges.Find("last-year"));
    }

    [Fact]
    public void Message_ids_are_the_same_for_every_attempt_of_a_period_and_differ_between_periods()
    {
        var first = ScheduleRun.MessageIdFor(2, 7, "2026-11-30");
        Assert.Equal(first, ScheduleRun.MessageIdFor(2, 7, "2026-11-30"));
        Assert.NotEqual(first, ScheduleRun.MessageIdFor(2, 7, "2026-12-07"));
        Assert.NotEqual(first, ScheduleRun.MessageIdFor(3, 7, "2026-11-30"));
        Assert.Matches("^schedule-7-2026-11-30-[0-9a-f]{16}@payoff.report$", first);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(a => (int)ScheduleRun.Backoff(a).TotalMinutes));
    }
}
