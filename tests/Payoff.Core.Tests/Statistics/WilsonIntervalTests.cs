using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void Known_values_match_the_textbook()
    {
        // 10 of 100: 95 % Wilson interval 0.0552–0.1744 (Newcombe 1998).
        var i = new WilsonInterval(10, 100);
        Assert.Equal(0.0552, i.Low ?? double.NaN, 3);
        Assert.Equal(0.1744, i.High ?? double.NaN, 3);

        // 0 of 20 still has an upper bound above 0.
        Assert.Equal(0, new WilsonInterval(0, 20).Low ?? double.NaN, 9);
        Assert.Equal(0.1611, new WilsonInterval(0, 20).High ?? double.NaN, 3);
    }

    [Fact]
    public void A_difference_is_real_only_when_the_intervals_part_and_the_test_agrees()
    {
        var linkedIn = new WilsonInterval(96, 1000);
        var facebook = new WilsonInterval(190, 10000);
        Assert.True(linkedIn.Above(facebook));
        Assert.True(ProportionTest.Significant(96, 1000, 190, 10000));

        // 1 of 20 (5 %) looks better than 1.9 %, but twenty visits cannot tell.
        var small = new WilsonInterval(1, 20);
        Assert.False(small.Above(facebook));
        Assert.False(ProportionTest.Significant(1, 20, 190, 10000));
    }

    [Fact]
    public void Regression_more_successes_than_trials_has_no_interval_rather_than_NaN()
    {
        // The bug: 12 contacts from 5 tracked sessions gave a NaN interval that no JSON writer accepts.
        var crm = new WilsonInterval(12, 5);
        Assert.False(crm.IsProportion());
        Assert.Equal(2.4, crm.Rate ?? double.NaN, 9);
        Assert.Null(crm.Low);
        Assert.Null(crm.High);

        var tracked = new WilsonInterval(10, 100);
        Assert.True(tracked.IsProportion());
        Assert.False(crm.Above(tracked));
        Assert.False(crm.Below(tracked));
        Assert.False(tracked.Above(crm));
        Assert.False(tracked.Below(crm));
    }

    [Fact]
    public void The_two_proportion_test_refuses_more_successes_than_trials()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionTest.PValue(12, 5, 10, 100));
        Assert.Contains("12 successes of 5 trials is not a proportion", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionTest.Significant(10, 100, 12, 5));
    }
}
