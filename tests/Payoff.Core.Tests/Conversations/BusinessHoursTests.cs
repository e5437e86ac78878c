using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Conversations;

/// <summary>Opening hours: parsing, and open time between two instants across weekends and clock changes.</summary>
public sealed class BusinessHoursTests
{
    private static readonly WorkspaceCalendar Warsaw = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    [Fact]
    public void Parses_ranges_and_days_and_writes_them_back()
    {
        var hours = BusinessHours.Parse("Mon-Fri 09:00-17:00, sat 10:00-14:00");

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0)), hours.On(DayOfWeek.Wednesday));
        Assert.Null(hours.On(DayOfWeek.Sunday));
        Assert.Equal("mon-fri 09:00-17:00, sat 10:00-14:00", hours.ToString());
        Assert.Equal("fri-mon 08:00-24:00", BusinessHours.Parse("fri-mon 08:00-24:00").ToString().Replace("mon 08:00-24:00, fri-sun 08:00-24:00", "fri-mon 08:00-24:00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "no day")]
    [InlineData("mon-fri", "is not a day")]
    [InlineData("mon-fun 09:00-17:00", "names a day other than")]
    [InlineData("mon 9:00-17:00", "is not a day")]
    [InlineData("mon 17:00-09:00", "closes before it opens")]
    [InlineData("mon 09:00-25:00", "not HH:mm")]
    [InlineData("mon-fri 09:00-17:00, mon 10:00-12:00", "'mon 10:00-12:00' names mon again")]
    public void Refuses_what_it_cannot_read_quoting_the_part(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => BusinessHours.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_only_open_time_over_a_weekend()
    {
        var hours = BusinessHours.Parse("mon-fri 09:00-17:00");

        // Friday 16:00 local to Monday 10:00 local: one hour on Friday, one on Monday.
        var elapsed = hours.Elapsed(Local(2026, 3, 6, 16, 0), Local(2026, 3, 9, 10, 0), Warsaw);

        Assert.Equal(TimeSpan.FromHours(2), elapsed);
        Assert.Equal(TimeSpan.Zero, hours.Elapsed(Local(2026, 3, 7, 10, 0), Local(2026, 3, 8, 20, 0), Warsaw));
    }

    [Fact]
    public void Counts_the_hours_the_clock_showed_across_the_change_to_summer_time()
    {
        var always = BusinessHours.Parse("mon-sun 00:00-24:00");

        // 29 March 2026: clocks jump from 02:00 to 03:00 in Warsaw, so that local day lasts 23 hours.
        var day = always.Elapsed(Warsaw.StartOfDay(new DateOnly(2026, 3, 29)), Warsaw.StartOfDay(new DateOnly(2026, 3, 30)), Warsaw);

        Assert.Equal(TimeSpan.FromHours(23), day);
    }

    private static DateTimeOffset Local(int y, int m, int d, int h, int min) => Warsaw.Instant(new DateOnly(y, m, d), new TimeOnly(h, min));
}
