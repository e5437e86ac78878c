using Payoff.Core.Networks;

namespace Payoff.Core.Tests.Networks;

public class NetworkSuggestionTests
{
    [Theory]
    [InlineData("Facebok", "Facebook")]
    [InlineData("linkdin", "LinkedIn")]
    [InlineData("Tiktok ", "TikTok")]
    public void A_misspelt_network_suggests_the_closest_known_name(string typed, string expected) =>
        Assert.Equal(expected, NetworkSuggestion.Closest(typed, NetworkCatalog.Default.Networks));

    [Fact]
    public void A_name_far_from_every_network_suggests_nothing() =>
        Assert.Null(NetworkSuggestion.Closest("Foo", NetworkCatalog.Default.Networks));
}
