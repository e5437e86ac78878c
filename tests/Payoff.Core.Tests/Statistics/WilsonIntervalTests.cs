using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void Known_values_match_the_textbook()
    {
        // 10 of 100: 95 % Wilson interval 0.0552–0.1744 (Newcombe 1998).
        var i = new WilsonInterval(10, 100);
        Assert.Equal(0.0552, i.Low, 3);
        Assert.Equal(0.1744, i.High, 3);

        // 0 of 20 still has an upper bound above 0.
        Assert.Equal(0, new WilsonInterval(0, 20).Low, 9);
        Assert.Equal(0.1611, new WilsonInterval(0, 20).High, 3);
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
}
