using Payoff.Core.Collect;

namespace Payoff.Core.Tests.Collect;

public sealed class SiteDomainTests
{
    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData("https://www.Example.com/shop?x=1", "example.com")]
    [InlineData("shop.example.org", "shop.example.org")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    public void A_domain_is_registered_in_its_plain_form(string text, string expected)
    {
        Assert.Equal(expected, SiteDomain.Normalize(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("exa_mple.com")]
    [InlineData("localhost")]
    [InlineData("192.168.0.1")]
    [InlineData("-bad.example.com")]
    [InlineData("bad-.example.com")]
    [InlineData("a..b.com")]
    [InlineData("foo<script>.com")]
    [InlineData("exa$mple.com")]
    [InlineData("")]
    public void Site_add_accepts_only_valid_host_names(string text)
    {
        // Issue 13 §4.6: 'site add' stored names no browser could ever send as a host.
        Assert.Null(SiteDomain.Normalize(text, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
