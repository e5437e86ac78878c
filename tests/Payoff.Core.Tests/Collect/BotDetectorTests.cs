using Payoff.Core.Collect;

namespace Payoff.Core.Tests.Collect;

public sealed class BotDetectorTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 (compatible;PetalBot;+https://webmaster.petalsearch.com/site/petalbot)", DropReason.BotUserAgent)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36", DropReason.HeadlessBrowser)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Puppeteer", DropReason.HeadlessBrowser)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Playwright/1.40", DropReason.HeadlessBrowser)]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", DropReason.PreviewFetcher)]
    [InlineData("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", DropReason.PreviewFetcher)]
    [InlineData("Twitterbot/1.0", DropReason.PreviewFetcher)]
    [InlineData("LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)", DropReason.PreviewFetcher)]
    [InlineData("Mastodon/4.2.0 (http.rb/5.1.1; +https://mastodon.social/) Bot", DropReason.PreviewFetcher)]
    [InlineData("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", DropReason.PreviewFetcher)]
    [InlineData("Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", DropReason.UptimeMonitor)]
    [InlineData("Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", DropReason.UptimeMonitor)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/1234.5678.9999.0000 Safari/537.36", DropReason.InvalidUserAgent)]
    [InlineData("", DropReason.InvalidUserAgent)]
    [InlineData("curl/8.5.0", DropReason.BotUserAgent)]
    [InlineData("python-requests/2.31.0", DropReason.BotUserAgent)]
    public void Machines_are_named_with_their_reason(string userAgent, DropReason expected) =>
        Assert.Equal(expected, BotDetector.Classify(userAgent));

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0.0.36.111;FBBV/583000000]")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/440.0.0.0;]")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 309.0.0.0 (iPhone15,2; iOS 17_0; en_US)")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.7600")]
    [InlineData("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36 musical_ly_2023301030 BytedanceWebview/d8a21c6")]
    [InlineData("Mozilla/5.0 (Linux; Android 12; CUBOT X50) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36")]
    public void People_and_in_app_browsers_are_human(string userAgent) =>
        Assert.Null(BotDetector.Classify(userAgent));

    [Fact]
    public void Device_class_keeps_only_the_coarse_device_and_browser()
    {
        Assert.Equal(new DeviceClass("mobile", "Instagram"), DeviceClass.Of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Instagram 309.0"));
        Assert.Equal(new DeviceClass("desktop", "Firefox"), DeviceClass.Of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"));
        Assert.Equal(new DeviceClass("tablet", "Safari"), DeviceClass.Of("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Version/17.0 Safari/604.1"));
    }

    [Theory]
    [InlineData("https://semalt.com/page", true)]
    [InlineData("http://www.semalt.com/", true)]
    [InlineData("https://sub.darodar.com/x", true)]
    [InlineData("https://notsemalt.com/", false)]
    [InlineData("https://www.facebook.com/", false)]
    [InlineData(null, false)]
    public void Referrer_spam_matches_listed_hosts_and_their_subdomains(string? referrer, bool spam) =>
        Assert.Equal(spam, ReferrerSpamList.Default.IsSpam(referrer));
}
