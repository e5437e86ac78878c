using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Tests.Goals;

namespace Payoff.Core.Tests.Reporting.Verdict;

public sealed class ChannelComparisonTests
{
    [Fact]
    public void Regression_a_channels_page_gave_the_social_networks_an_roi_that_counted_networks_without_cost()
    {
        // Issue 13 QA: /network?n=Organic Search said "The social networks' ROI: +1521.6%", counting YouTube's and Pinterest's revenue, which carry no cost.
        var (from, to) = (new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        var fixture = new LedgerFixture()
            .Visits("Organic Search", from, to, _ => (100, 2, 0))
            .Visits("Facebook", from, to, _ => (50, 1, 0))
            .Visits("YouTube", from, to, _ => (20, 1, 0));
        fixture.Money.Add(new MoneyDay(from, "Facebook", "Spring", MoneyKind.AdSpend, "USD", 100m));
        fixture.Money.Add(new MoneyDay(from, "Facebook", "Spring", MoneyKind.Revenue, "USD", 300m));
        fixture.Money.Add(new MoneyDay(from, "YouTube", "Spring", MoneyKind.Revenue, "USD", 900m));

        var comparison = ChannelComparison.Build(fixture.Build(from, to), VerdictPeriod.Ending(from, 1), "Organic Search", "USD");

        Assert.Equal(["YouTube"], comparison.SocialWithoutCost);
        Assert.Null(comparison.SocialRoi);
        Assert.Contains(comparison.Sentences, s => s.EndsWith("The social networks' ROI: — (YouTube carries no cost).", StringComparison.Ordinal));
        Assert.Equal(11m, comparison.Social.Roi);
    }
}
