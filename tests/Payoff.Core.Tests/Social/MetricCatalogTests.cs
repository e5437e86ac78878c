using Payoff.Core.Social;

namespace Payoff.Core.Tests.Social;

public sealed class MetricCatalogTests
{
    [Theory]
    [InlineData("Followers", "followers")]
    [InlineData("New followers", "new_followers")]
    [InlineData("Impressions", "impressions")]
    [InlineData("Views", "views")]
    [InlineData("Reposts", "shares")]
    [InlineData("Shares", "shares")]
    [InlineData("favorites", "likes")]
    [InlineData("Reactions", "likes")]
    [InlineData("Accounts reached", "reach")]
    [InlineData("Link clicks", "clicks")]
    [InlineData("profile-views", "profile_visits")]
    public void Platform_names_map_to_one_canonical_metric(string platform, string canonical) =>
        Assert.Equal(canonical, MetricCatalog.CanonicalName(platform));

    [Theory]
    [InlineData("vibes")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_metrics_have_no_canonical_name(string? platform) => Assert.Null(MetricCatalog.CanonicalName(platform));
}
