using Payoff.Core.Links;

namespace Payoff.Core.Tests.Links;

public sealed class LinkDestinationTests
{
    private static readonly LinkPolicy Sites = new(["good.com"]);

    [Theory]
    [InlineData("javascript:alert(1)", "not 'javascript:'")]
    [InlineData("data:text/html,<script>alert(1)</script>", "not 'data:'")]
    [InlineData("vbscript:msgbox(1)", "not 'vbscript:'")]
    [InlineData("file:///etc/passwd", "not 'file:'")]
    [InlineData("https://good.com/a%0d%0aSet-Cookie:x=1", "encoded line break")]
    [InlineData("https://good.com/a\r\nSet-Cookie: x=1", "control character")]
    [InlineData("https://evil.com\\@good.com", "backslash")]
    [InlineData("https://good.com@evil.com/", "user name")]
    [InlineData("https://good.com.evil.com/", "not one of this workspace's sites")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("good.com/page", "absolute")]
    public void Hostile_destinations_are_refused_with_the_reason(string destination, string reason)
    {
        var check = LinkDestination.Check(destination, Sites);
        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://127.1/")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://intranet/")]
    public void Private_loopback_and_metadata_addresses_are_refused_in_every_spelling(string destination)
    {
        var check = LinkDestination.Check(destination, LinkPolicy.Open);
        Assert.False(check.IsValid);
        Assert.Contains("private, local or metadata", check.Error, StringComparison.Ordinal);
        Assert.True(LinkDestination.Check(destination, LinkPolicy.Open with { AllowPrivateHosts = true }).IsValid);
    }

    [Fact]
    public void An_over_long_destination_is_refused()
    {
        var check = LinkDestination.Check("https://good.com/" + new string('a', 2100), Sites);
        Assert.Contains("limit is 2048", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_and_its_subdomains_are_accepted_and_normalised()
    {
        Assert.Equal("https://good.com/a?b=1", LinkDestination.Check("HTTPS://Good.com:443/a?b=1", Sites).Url);
        Assert.True(LinkDestination.Check("https://shop.good.com/", Sites).IsValid);
        Assert.True(LinkDestination.Check("https://elsewhere.org/", Sites with { AnyDomain = true }).IsValid);
    }

    [Fact]
    public void An_international_host_is_stored_in_punycode_with_a_warning()
    {
        var check = LinkDestination.Check("https://bücher.example/", LinkPolicy.Open);
        Assert.Equal("https://xn--bcher-kva.example/", check.Url);
        Assert.Single(check.Warnings);
    }
}
