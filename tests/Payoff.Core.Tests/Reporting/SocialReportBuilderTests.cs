using Payoff.Core.Reporting.Social;

namespace Payoff.Core.Tests.Reporting;

public class SocialReportBuilderTests
{
    [Fact]
    public void Daily_engagements_are_rated_on_the_daily_basis_even_when_the_posts_report_views()
    {
        // Regression: the demo's posts (issue 17) report views while its daily files report impressions; the rate divided
        // the daily engagements by the posts' views, a 14.6 % that was neither population's.
        var row = SocialReportBuilder.Build(Sums(
            new() { ["impressions"] = 100_000, ["engagements"] = 3_000 },
            new() { ["views"] = 20_000, ["likes"] = 500 }));

        Assert.Equal("impressions", row.EngagementRateBasis);
        Assert.Equal(0.03m, row.EngagementRate);
        Assert.Equal(20_000m, row.Views);
    }

    [Fact]
    public void Engagements_from_the_parts_keep_the_first_basis_either_source_has()
    {
        var row = SocialReportBuilder.Build(Sums(
            new() { ["impressions"] = 50_000 },
            new() { ["views"] = 10_000, ["likes"] = 400, ["comments"] = 100 }));

        Assert.Equal("views", row.EngagementRateBasis);
        Assert.Equal(0.05m, row.EngagementRate);
    }

    private static SocialSums Sums(Dictionary<string, decimal> daily, Dictionary<string, decimal> posts) =>
        new("Facebook", null, null, daily, posts, 40, null, null);
}
