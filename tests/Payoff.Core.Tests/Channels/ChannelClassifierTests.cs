using Payoff.Core.Channels;

namespace Payoff.Core.Tests.Channels;

public class ChannelClassifierTests
{
    private const string Page = "https://shop.example.com/landing";

    [Theory]
    // Paid Search: search engine + paid medium, or auto-tagged click ids.
    [InlineData("?utm_source=google&utm_medium=cpc", null, Channel.PaidSearch)]
    [InlineData("?utm_source=bing&utm_medium=ppc", null, Channel.PaidSearch)]
    [InlineData("?utm_source=Google&utm_medium=PAID_search", null, Channel.PaidSearch)]
    [InlineData("?gclid=Cj0KCQ", null, Channel.PaidSearch)]
    [InlineData("?wbraid=abc", null, Channel.PaidSearch)]
    [InlineData("?gbraid=abc", null, Channel.PaidSearch)]
    [InlineData("?msclkid=abc", null, Channel.PaidSearch)]
    [InlineData("?utm_source=duckduckgo&utm_medium=retargeting", null, Channel.PaidSearch)]
    // Paid Social: social source + paid medium (paid_social, paidsocial, paid-social, cpc, ppc are paid; social_paid is not).
    [InlineData("?utm_source=facebook&utm_medium=paid_social", null, Channel.PaidSocial)]
    [InlineData("?utm_source=fb&utm_medium=paidsocial", null, Channel.PaidSocial)]
    [InlineData("?utm_source=linkedin&utm_medium=paid-social", null, Channel.PaidSocial)]
    [InlineData("?utm_source=tiktok&utm_medium=cpc", null, Channel.PaidSocial)]
    [InlineData("?utm_source=x&utm_medium=ppc", null, Channel.PaidSocial)]
    [InlineData("?utm_source=instagram&utm_medium=cpm", null, Channel.PaidSocial)]
    [InlineData("?utm_source=facebook&utm_medium=social_paid", null, Channel.OrganicSocial)]
    [InlineData("?ttclid=E.C.P", null, Channel.PaidSocial)]
    [InlineData("?twclid=abc", null, Channel.PaidSocial)]
    [InlineData("?li_fat_id=abc", null, Channel.PaidSocial)]
    // Paid Video, Display, Paid Other, Paid Shopping, Cross-network.
    [InlineData("?utm_source=twitch&utm_medium=cpc", null, Channel.PaidVideo)]
    [InlineData("?utm_source=dv360&utm_medium=display", null, Channel.Display)]
    [InlineData("?utm_source=adnetwork&utm_medium=banner", null, Channel.Display)]
    [InlineData("?utm_source=adnetwork&utm_medium=interstitial", null, Channel.Display)]
    [InlineData("?utm_source=partner&utm_medium=paid", null, Channel.PaidOther)]
    [InlineData("?utm_source=amazon&utm_medium=cpc", null, Channel.PaidShopping)]
    [InlineData("?utm_source=google&utm_medium=cpc&utm_campaign=shopping-q4", null, Channel.PaidShopping)]
    [InlineData("?utm_source=google&utm_medium=cpc&utm_campaign=pmax-cross-network", null, Channel.CrossNetwork)]
    // Organic Shopping, Social, Video, Search.
    [InlineData(null, "https://www.etsy.com/shop/x", Channel.OrganicShopping)]
    [InlineData(null, "https://shopee.co.id/item", Channel.OrganicShopping)]
    [InlineData("?utm_source=twitter&utm_medium=social&utm_campaign=inboundchat", null, Channel.OrganicSocial)]
    [InlineData("?utm_source=newsletter&utm_medium=social-network", null, Channel.OrganicSocial)]
    [InlineData("?utm_source=anything&utm_medium=sm", null, Channel.OrganicSocial)]
    [InlineData("?utm_source=anything&utm_medium=Social Media", null, Channel.OrganicSocial)]
    [InlineData("?utm_source=anything&utm_medium=social+network", null, Channel.OrganicSocial)]
    [InlineData(null, "https://l.facebook.com/l.php?u=x", Channel.OrganicSocial)]
    [InlineData(null, "https://t.co/abc", Channel.OrganicSocial)]
    [InlineData(null, "https://lnkd.in/xyz", Channel.OrganicSocial)]
    [InlineData(null, "android-app://com.linkedin.android/", Channel.OrganicSocial)]
    [InlineData("?fbclid=IwAR0", null, Channel.OrganicSocial)]
    [InlineData(null, "https://www.twitch.tv/somebody", Channel.OrganicVideo)]
    [InlineData("?utm_source=webinar&utm_medium=video", null, Channel.OrganicVideo)]
    [InlineData(null, "https://www.google.com/", Channel.OrganicSearch)]
    [InlineData(null, "https://www.google.co.uk/search?q=x", Channel.OrganicSearch)]
    [InlineData(null, "https://search.yahoo.com/search", Channel.OrganicSearch)]
    [InlineData(null, "https://duckduckgo.com/", Channel.OrganicSearch)]
    [InlineData("?utm_source=google&utm_medium=organic", null, Channel.OrganicSearch)]
    [InlineData("?utm_source=some-directory&utm_medium=organic", null, Channel.OrganicSearch)]
    // Email, Affiliates, Audio, SMS, Mobile Push.
    [InlineData("?utm_source=newsletter&utm_medium=email", null, Channel.Email)]
    [InlineData("?utm_source=newsletter&utm_medium=E-Mail", null, Channel.Email)]
    [InlineData("?utm_source=email&utm_medium=blast", null, Channel.Email)]
    [InlineData("?utm_source=crm&utm_medium=e_mail", null, Channel.Email)]
    [InlineData("?utm_source=partner&utm_medium=affiliate", null, Channel.Affiliates)]
    [InlineData("?utm_source=spotify&utm_medium=audio", null, Channel.Audio)]
    [InlineData("?utm_source=sms&utm_medium=text", null, Channel.Sms)]
    [InlineData("?utm_source=crm&utm_medium=sms", null, Channel.Sms)]
    [InlineData("?utm_source=app&utm_medium=web_push", null, Channel.MobilePush)]
    [InlineData("?utm_source=app&utm_medium=mobile-alert", null, Channel.MobilePush)]
    [InlineData("?utm_source=app&utm_medium=notification", null, Channel.MobilePush)]
    [InlineData("?utm_source=firebase&utm_medium=x", null, Channel.MobilePush)]
    // Referral, Direct, Unassigned.
    [InlineData("?utm_source=partner&utm_medium=referral", null, Channel.Referral)]
    [InlineData("?utm_source=partner&utm_medium=link", null, Channel.Referral)]
    [InlineData("?utm_source=partner&utm_medium=app", null, Channel.Referral)]
    [InlineData(null, "https://partner-blog.example.org/post", Channel.Referral)]
    [InlineData(null, "https://docs.google.com/document/d/1", Channel.Referral)]
    [InlineData(null, null, Channel.Direct)]
    [InlineData(null, "https://shop.example.com/pricing", Channel.Direct)]
    [InlineData(null, "https://www.shop.example.com/pricing", Channel.Direct)]
    [InlineData("?utm_source=partner&utm_medium=weird", null, Channel.Unassigned)]
    [InlineData("?utm_campaign=only-a-campaign", null, Channel.Direct)]
    public void Channel_rules_follow_the_GA4_order(string? query, string? referrer, string expected)
    {
        var source = ChannelClassifier.Default.Classify(Page + query, referrer);

        Assert.Equal(expected, source.Channel);
    }

    [Theory]
    [InlineData("?utm_source=fb&utm_medium=social", null, "Facebook")]
    [InlineData("?utm_source=FACEBOOK&utm_medium=social", null, "Facebook")]
    [InlineData("?utm_source=m.facebook.com&utm_medium=referral", null, "Facebook")]
    [InlineData("?utm_source=ig&utm_medium=social", null, "Instagram")]
    [InlineData("?utm_source=li&utm_medium=social", null, "LinkedIn")]
    [InlineData("?utm_source=linkedin_ads&utm_medium=cpc", null, "LinkedIn")]
    [InlineData("?utm_source=tw&utm_medium=social", null, "X")]
    [InlineData("?utm_source=Twitter&utm_medium=social", null, "X")]
    [InlineData("?utm_source=x&utm_medium=social", null, "X")]
    [InlineData("?utm_source=yt&utm_medium=social", null, "YouTube")]
    [InlineData("?utm_source=newsletter&utm_medium=email", "https://l.facebook.com/", null)]
    [InlineData(null, "https://lm.facebook.com/l.php", "Facebook")]
    [InlineData(null, "https://l.instagram.com/?u=x", "Instagram")]
    [InlineData(null, "https://out.reddit.com/t3_x", "Reddit")]
    [InlineData(null, "https://www.reddit.com/r/x", "Reddit")]
    [InlineData(null, "https://t.co/xyz", "X")]
    [InlineData(null, "https://x.com/someone", "X")]
    [InlineData(null, "https://lnkd.in/abc", "LinkedIn")]
    [InlineData(null, "https://www.linkedin.com/feed/", "LinkedIn")]
    [InlineData(null, "https://www.tiktok.com/@x", "TikTok")]
    [InlineData(null, "https://youtu.be/abc", "YouTube")]
    [InlineData(null, "https://pin.it/abc", "Pinterest")]
    [InlineData(null, "https://www.google.com/", null)]
    [InlineData("?fbclid=IwAR0", null, "Facebook")]
    [InlineData("?li_fat_id=1", null, "LinkedIn")]
    public void Network_comes_from_the_source_alias_the_referrer_host_or_the_click_id(string? query, string? referrer, string? expected)
    {
        var source = ChannelClassifier.Default.Classify(Page + query, referrer);

        Assert.Equal(expected, source.Network);
    }

    [Theory]
    // Issue 13 §3.1: GA4 files IGShopping (Instagram product tags) under shopping and checks shopping before social.
    [InlineData("?utm_source=IGShopping&utm_medium=Social", "https://l.instagram.com/", Channel.OrganicShopping, "Instagram")]
    [InlineData("?utm_source=IGShopping&utm_medium=cpc", null, Channel.PaidShopping, "Instagram")]
    [InlineData("?utm_source=Google%20Shopping&utm_medium=organic", null, Channel.OrganicShopping, null)]
    [InlineData(null, "https://shop.app/", Channel.OrganicShopping, null)]
    [InlineData(null, "https://checkout.stripe.com/pay", Channel.OrganicShopping, null)]
    // GA4's search list: sources no engine-name rule would find.
    [InlineData("?utm_source=googlemybusiness&utm_medium=local", null, Channel.OrganicSearch, null)]
    [InlineData(null, "https://ntp.msn.com/", Channel.OrganicSearch, null)]
    [InlineData(null, "https://mail.google.com/mail/u/0/", Channel.OrganicSearch, null)]
    // GA4's social and video lists.
    [InlineData(null, "https://medium.com/@someone/post", Channel.OrganicSocial, null)]
    [InlineData(null, "https://news.ycombinator.com/item?id=1", Channel.OrganicSocial, "Hacker News")]
    [InlineData("?utm_source=hulu&utm_medium=cpc", null, Channel.PaidVideo, null)]
    [InlineData(null, "https://www.netflix.com/", Channel.OrganicVideo, null)]
    // YouTube is social on purpose, though GA4 lists it as video (docs/METRICS.md).
    [InlineData("?utm_source=youtube&utm_medium=cpc", null, Channel.PaidSocial, "YouTube")]
    [InlineData(null, "https://m.youtube.com/watch?v=x", Channel.OrganicSocial, "YouTube")]
    public void Regression_issue_13_GA4_source_categories_apply_in_GA4_order_and_the_network_is_still_named(string? query, string? referrer, string channel, string? network)
    {
        var source = ChannelClassifier.Default.Classify(Page + query, referrer);

        Assert.Equal((channel, network), (source.Channel, source.Network));
    }

    [Fact]
    public void Every_source_on_GA4s_list_gets_GA4s_category_except_video_sites_Payoff_counts_as_social_networks()
    {
        Assert.Equal(819, Ga4SourceCategories.All.Count);
        foreach (var (source, category) in Ga4SourceCategories.All)
        {
            var expected = category == SourceCategory.Video && SourceCatalog.Default.Networks.FromSource(source) is not null ? SourceCategory.Social : category;
            Assert.True(expected == SourceCatalog.Default.Categorize(source), source);
        }

        Assert.Equal(SourceCategory.Shopping, SourceCatalog.Default.Categorize("igshopping"));
    }

    [Theory]
    [InlineData("?utm_source=referral&utm_medium=advocate&utm_campaign=friends&utm_content=instagram&ref=ANNA7", "Instagram")]
    [InlineData("?utm_source=referral&utm_medium=Advocate&utm_campaign=friends&ref=ANNA7", null)]
    [InlineData("?utm_source=facebook&utm_medium=advocate&utm_campaign=friends&utm_content=whatsapp", "WhatsApp")]
    public void An_advocates_link_is_the_advocates_channel_on_the_network_it_was_shared_on(string query, string? network)
    {
        var source = ChannelClassifier.Default.Classify("https://shop.example" + query, "https://l.instagram.com/");

        Assert.Equal(Channel.Advocates, source.Channel);
        Assert.Equal(network, source.Network);
    }

    [Fact]
    public void Untagged_referrer_sets_source_and_medium()
    {
        var search = ChannelClassifier.Default.Classify(Page, "https://www.google.com/search?q=payoff");
        var social = ChannelClassifier.Default.Classify(Page, "https://l.facebook.com/l.php");
        var direct = ChannelClassifier.Default.Classify(Page, null);

        Assert.Equal(("google.com", "organic"), (search.Source, search.Medium));
        Assert.Equal(("l.facebook.com", "referral"), (social.Source, social.Medium));
        Assert.Equal(("(direct)", "(none)"), (direct.Source, direct.Medium));
    }

    [Fact]
    public void Gclid_reads_as_google_cpc_unless_the_link_is_tagged()
    {
        var auto = ChannelClassifier.Default.Classify(Page + "?gclid=abc", null);
        var tagged = ChannelClassifier.Default.Classify(Page + "?gclid=abc&utm_source=newsletter&utm_medium=email", null);

        Assert.Equal(("google", "cpc", "gclid", "abc"), (auto.Source, auto.Medium, auto.ClickId!.Parameter, auto.ClickId.Value));
        Assert.Equal(Channel.Email, tagged.Channel);
    }

    [Fact]
    public void Seed_example_link_is_organic_social_on_X_with_its_campaign()
    {
        var source = ChannelClassifier.Default.Classify("https://example.com/?utm_medium=social&utm_source=twitter&utm_campaign=inboundchat", null);

        Assert.Equal(new TrafficSource(Channel.OrganicSocial, "X", "twitter", "social", "inboundchat", null, null, null), source);
    }
}
