using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Tests.Goals;

namespace Payoff.Core.Tests.Reporting;

public sealed class RoiTotalsTests
{
    private static readonly DateOnly Day = new(2026, 6, 10);

    // Facebook: 100 of ad spend, 300 of revenue. Organic Search: no cost, 5,000 of revenue.
    private static RoiReport Report(RoiGrouping grouping = RoiGrouping.Network)
    {
        var fixture = new LedgerFixture();
        fixture.Web.Add(new WebDay(Day, "Facebook", "spring", 100, 10, 2));
        fixture.Web.Add(new WebDay(Day, "Organic Search", "(not set)", 2000, 40, 8));
        fixture.Money.Add(new MoneyDay(Day, "Facebook", "spring", MoneyKind.AdSpend, "USD", 100m));
        fixture.Money.Add(new MoneyDay(Day, "Facebook", "spring", MoneyKind.Revenue, "USD", 300m));
        fixture.Money.Add(new MoneyDay(Day, "Organic Search", "(not set)", MoneyKind.Revenue, "USD", 5000m));
        fixture.Time.Add(new TimeEntry(1, "Facebook", string.Empty, Day, 60));
        fixture.Rates.Add(new HourlyRate(string.Empty, 50m, "USD"));
        return RoiReportBuilder.Build(fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), "USD", grouping);
    }

    [Fact]
    public void The_social_total_has_its_own_roi_and_the_all_channels_total_has_none_when_a_channel_carries_no_cost()
    {
        var report = Report();

        // Social: cost 100 + 50 = 150, revenue 300: ROI +100 %. All channels would read (5,300 − 150) ÷ 150 = +3,433 %.
        Assert.Equal(1m, report.SocialNetworks.Roi);
        Assert.Equal(3m, report.SocialNetworks.Roas);
        Assert.Equal(15m, report.SocialNetworks.CostPerLead);
        Assert.Equal(5300m, report.AllChannels.Totals.Revenue);
        Assert.Null(report.AllChannels.Roi);
        Assert.Null(report.AllChannels.Roas);
        Assert.Null(report.AllChannels.CostPerLead);
        Assert.Null(report.AllChannels.CostPerCustomer);
        Assert.Equal(["Organic Search"], report.AllChannels.WithoutCost);
        Assert.Null(report.Rows.Single(r => r.Network == "Organic Search").Roi);
    }

    [Fact]
    public void Regression_staff_time_on_a_network_but_no_campaign_is_the_networks_own_line_without_roi_not_a_campaign_at_minus_100_percent()
    {
        var report = Report(RoiGrouping.Campaign);

        var line = report.Rows.Single(r => r.Network == "Facebook" && r.Campaign is null);
        Assert.True(line.Unassigned);
        Assert.Equal("time and fees not assigned to a campaign", line.Label);
        Assert.Equal(50m, line.Totals.TimeCost);
        Assert.Equal(-1m, line.Totals.Roi);
        Assert.Null(line.Roi);
        Assert.False(report.Rows.Single(r => r.Campaign == "spring").Unassigned);
        Assert.Equal(1m, report.SocialNetworks.Roi);
    }
}
