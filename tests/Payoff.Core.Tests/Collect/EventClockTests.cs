using Payoff.Core.Collect;

namespace Payoff.Core.Tests.Collect;

public sealed class EventClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_browser_time_is_never_trusted_only_its_wait_before_sending()
    {
        var (time, warning, error) = EventClock.Resolve(Now, Now.AddDays(-5), Now.AddDays(-5).AddSeconds(30), authenticated: false);
        Assert.Equal(Now.AddSeconds(-30), time);
        Assert.Null(warning);
        Assert.Null(error);
    }

    [Fact]
    public void A_browser_wait_beyond_ten_minutes_is_set_aside_with_a_warning()
    {
        var (time, warning, _) = EventClock.Resolve(Now, Now.AddHours(-3), Now, authenticated: false);
        Assert.Equal(Now, time);
        Assert.NotNull(warning);
    }

    [Fact]
    public void A_browser_time_alone_is_ignored()
    {
        Assert.Equal(Now, EventClock.Resolve(Now, Now.AddDays(-2), null, authenticated: false).Time);
    }

    [Fact]
    public void A_server_call_may_backdate_and_its_clock_skew_is_corrected()
    {
        Assert.Equal(Now.AddDays(-3), EventClock.Resolve(Now, Now.AddDays(-3), null, authenticated: true).Time);
        var skewed = EventClock.Resolve(Now, Now.AddDays(-3).AddMinutes(5), Now.AddMinutes(5), authenticated: true);
        Assert.Equal(Now.AddDays(-3), skewed.Time);
    }

    [Fact]
    public void A_server_time_far_in_the_future_is_clamped_and_one_too_old_refused()
    {
        var future = EventClock.Resolve(Now, Now.AddHours(30), null, authenticated: true);
        Assert.Equal(Now, future.Time);
        Assert.NotNull(future.Warning);
        Assert.NotNull(EventClock.Resolve(Now, Now.AddYears(-4), null, authenticated: true).Error);
    }
}
