using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting;

public sealed class ChangeTests
{
    private static readonly DateRange June = new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

    private static Coverage Days(int count) =>
        Coverage.Of(June, Enumerable.Range(0, count).Select(i => June.To.AddDays(-i)).ToHashSet());

    [Fact]
    public void Regression_954345_percent_a_change_against_a_period_with_data_on_few_of_its_days_is_new_not_a_percentage()
    {
        var change = Change.Of(9_543_455m, 1_000m, Days(3));

        Assert.Equal(ChangeKind.New, change.Kind);
        Assert.Null(change.Fraction);
        Assert.Equal("new", change.ToString());
        Assert.Contains("3 of its 30 days", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_period_needs_data_on_more_than_half_of_its_days()
    {
        Assert.Equal(ChangeKind.New, Change.Of(150m, 100m, Days(15)).Kind);
        Assert.Equal(ChangeKind.Compared, Change.Of(150m, 100m, Days(16)).Kind);
        Assert.Equal(0.5m, Change.Of(150m, 100m, Days(16)).Fraction);
    }

    [Fact]
    public void Nothing_before_is_new_when_there_is_something_now_and_a_dash_when_there_is_nothing()
    {
        Assert.Equal("new", Change.Of(5m, 0m, Days(30)).ToString());
        Assert.Equal("—", Change.Of(0m, 0m, Days(30)).ToString());
        Assert.Equal("—", Change.Of(0m, 7m, Days(2)).ToString());
        Assert.Equal("—", Change.Of(null, 0.1m, Days(30)).ToString());
        Assert.Equal("-100.0 %", Change.Of(0m, 7m, Days(30)).ToString());
    }

    [Fact]
    public void A_fall_is_good_news_for_a_cost_and_bad_news_for_revenue()
    {
        var fall = Change.Of(80m, 100m, Days(30));

        Assert.True(fall.IsGood(higherIsBetter: false));
        Assert.False(fall.IsGood(higherIsBetter: true));
        Assert.Null(Change.Of(100m, 100m, Days(30)).IsGood(higherIsBetter: true));
        Assert.Null(Change.Of(100m, 0m, Days(30)).IsGood(higherIsBetter: false));
    }

    [Fact]
    public void The_percentage_has_one_decimal_rounded_half_away_from_zero()
    {
        Assert.Equal("+0.1 %", Change.Of(100_050m, 100_000m, Days(30)).ToString());
        Assert.Equal("-0.1 %", Change.Of(99_950m, 100_000m, Days(30)).ToString());
    }
}
