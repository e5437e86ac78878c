using Payoff.Core.Networks;

namespace Payoff.Core.Tests.Networks;

public class NetworkCatalogTests
{
    private readonly NetworkCatalog _catalog = NetworkCatalog.Default;

    [Fact]
    public void Every_one_of_the_91_Matomo_networks_is_known_by_every_listed_host()
    {
        var list = NetworkCatalog.ReadMatomoList();

        Assert.Equal(91, list.Count);
        foreach (var (name, hosts) in list)
        {
            Assert.NotEmpty(hosts);
            foreach (var host in hosts)
            {
                Assert.Equal(NetworkAliases.DisplayName(name), _catalog.FromHost(host));
                Assert.Equal(NetworkAliases.DisplayName(name), _catalog.FromHost("www." + host));
            }
        }
    }

    [Fact]
    public void Every_alias_and_extra_host_resolves_to_its_network()
    {
        foreach (var (alias, network) in NetworkAliases.SourceAliases)
        {
            Assert.Equal(network, _catalog.FromSource(alias));
            Assert.Equal(network, _catalog.FromSource(alias.ToUpperInvariant()));
            Assert.Equal(network, _catalog.FromSource("  " + alias + " "));
        }

        foreach (var (host, network) in NetworkAliases.ExtraHosts)
        {
            Assert.Equal(network, _catalog.FromHost(host));
        }
    }

    [Theory]
    [InlineData("t.co", "X")]
    [InlineData("lnkd.in", "LinkedIn")]
    [InlineData("l.facebook.com", "Facebook")]
    [InlineData("lm.facebook.com", "Facebook")]
    [InlineData("l.instagram.com", "Instagram")]
    [InlineData("out.reddit.com", "Reddit")]
    [InlineData("de.linkedin.com", "LinkedIn")]
    [InlineData("box.com", null)]
    [InlineData("notfacebook.com", null)]
    [InlineData("facebook.com.evil.example", null)]
    public void Hosts_match_on_label_boundaries(string host, string? expected) =>
        Assert.Equal(expected, _catalog.FromHost(host));

    [Theory]
    [InlineData("https://www.facebook.com/groups/x", "Facebook")]
    [InlineData("facebook-ads", "Facebook")]
    [InlineData("LinkedIn Organic", "LinkedIn")]
    [InlineData("google", null)]
    [InlineData("newsletter", null)]
    public void Source_values_may_be_urls_or_carry_common_suffixes(string source, string? expected) =>
        Assert.Equal(expected, _catalog.FromSource(source));

    [Fact]
    public void The_main_networks_have_their_usual_names()
    {
        foreach (var name in new[] { "Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest", "Reddit", "Threads", "Bluesky", "Mastodon" })
        {
            Assert.Contains(name, _catalog.Networks);
        }

        Assert.DoesNotContain("Twitter", _catalog.Networks);
    }
}
