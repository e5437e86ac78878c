using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Workspaces;

public class WorkspaceCalendarTests
{
    [Theory]
    [InlineData("Europe/Warsaw", "2025-03-30", 23)]
    [InlineData("Europe/Warsaw", "2025-10-26", 25)]
    [InlineData("Europe/Warsaw", "2025-06-01", 24)]
    [InlineData("America/New_York", "2025-03-09", 23)]
    [InlineData("America/New_York", "2025-11-02", 25)]
    [InlineData("Australia/Lord_Howe", "2025-04-06", 24.5)]
    [InlineData("Asia/Kathmandu", "2025-04-06", 24)]
    public void Local_days_have_their_real_length(string zone, string day, double hours)
    {
        var calendar = new WorkspaceCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone));
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var (start, end) = calendar.Range(date, date);

        Assert.Equal(TimeSpan.FromHours(hours), end - start);
    }

    [Fact]
    public void Day_boundaries_are_half_open_at_local_midnight()
    {
        var calendar = new WorkspaceCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));

        var start = calendar.StartOfDay(new DateOnly(2025, 1, 15));

        Assert.Equal(new DateTimeOffset(2025, 1, 14, 17, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateOnly(2025, 1, 15), calendar.DateOf(start));
        Assert.Equal(new DateOnly(2025, 1, 14), calendar.DateOf(start.AddTicks(-1)));
    }

    [Fact]
    public void A_zone_whose_midnight_does_not_exist_starts_the_day_at_the_first_valid_time()
    {
        // Chile moved clocks from 00:00 to 01:00 on 2025-09-07.
        var calendar = new WorkspaceCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"));

        var start = calendar.StartOfDay(new DateOnly(2025, 9, 7));

        Assert.Equal(new DateTimeOffset(2025, 9, 7, 1, 0, 0, TimeSpan.FromHours(-3)), start);
    }
}
