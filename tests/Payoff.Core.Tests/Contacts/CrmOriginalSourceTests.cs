using Payoff.Core.Channels;
using Payoff.Core.Contacts;

namespace Payoff.Core.Tests.Contacts;

public class CrmOriginalSourceTests
{
    [Theory]
    // Issue 13 §3.2: drill-downs mean different things per source (HubSpot's "Understand Original and Latest source properties").
    [InlineData("Email marketing", "spring-sale", "Spring newsletter 1", Channel.Email, null, "spring-sale", null)]
    [InlineData("EMAIL_MARKETING", "spring-sale", "Spring newsletter 1", Channel.Email, null, "spring-sale", null)]
    [InlineData("Paid search", "spring-sale", "bakery near me", Channel.PaidSearch, null, "spring-sale", "bakery near me")]
    [InlineData("Organic search", "best sourdough", "www.google.com", Channel.OrganicSearch, null, null, "best sourdough")]
    [InlineData("Organic social", "Facebook", "spring-sale", Channel.OrganicSocial, "Facebook", "spring-sale", null)]
    [InlineData("SOCIAL_MEDIA", "LinkedIn", "Announcements", Channel.OrganicSocial, "LinkedIn", "Announcements", null)]
    [InlineData("Paid social", "Facebook", "Spring Sale", Channel.PaidSocial, "Facebook", "Spring Sale", null)]
    [InlineData("Referrals", "www.partner.example", "https://www.partner.example/post", Channel.Referral, null, null, null)]
    [InlineData("AI referrals", "chatgpt.com", "https://chatgpt.com/", Channel.Referral, null, null, null)]
    [InlineData("Other campaigns", "fair-2026", "flyer", Channel.Unassigned, null, "fair-2026", null)]
    [InlineData("Direct traffic", "www.shop.example/", "https://www.shop.example/", Channel.Direct, null, null, null)]
    [InlineData("Offline sources", "IMPORT", "contacts-2026.csv", Channel.Offline, null, null, null)]
    [InlineData("Something new", "a", "b", Channel.Unassigned, null, null, null)]
    public void Each_original_source_reads_its_drill_downs_as_HubSpot_defines_them(string value, string detail1, string detail2, string channel, string? network, string? campaign, string? term)
    {
        var source = CrmOriginalSource.Map(value, detail1, detail2);

        Assert.Equal((channel, network, campaign, term), (source.Channel, source.Network, source.Campaign, source.Term));
    }

    [Fact]
    public void Organic_search_names_the_engine_and_referrals_the_referring_site_as_their_source()
    {
        Assert.Equal("google.com", CrmOriginalSource.Map("Organic search", "best sourdough", "www.google.com").Source);
        Assert.Equal("partner.example", CrmOriginalSource.Map("Referrals", "www.partner.example", null).Source);
        Assert.Equal("flyer", CrmOriginalSource.Map("Other campaigns", "fair-2026", "flyer").Source);
    }
}
