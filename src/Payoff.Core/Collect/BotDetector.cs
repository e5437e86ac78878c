using System.Globalization;
using System.Text.RegularExpressions;

namespace Payoff.Core.Collect;

/// <summary>Tells machines from people by their user agent.</summary>
/// <remarks>
/// The patterns were written for Payoff from the user agents the reliability checklist lists and from
/// public documentation of each crawler. Order matters: preview fetchers and monitors are named
/// before the generic <c>bot</c>/<c>crawler</c> rule so the recorded reason is the precise one. The
/// in-app browsers of Facebook (<c>FBAN</c>/<c>FBAV</c>/<c>FB_IAB</c>), Instagram, LinkedIn
/// (<c>LinkedInApp</c>) and TikTok (<c>musical_ly</c>, <c>BytedanceWebview</c>) are people, as are
/// phones whose model name contains "bot" (Cubot).
/// </remarks>
public static partial class BotDetector
{
    /// <summary>The reason the user agent is not a person, or <see langword="null"/> for a person.</summary>
    public static DropReason? Classify(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return DropReason.InvalidUserAgent;
        }

        if (PreviewPattern().IsMatch(userAgent))
        {
            return DropReason.PreviewFetcher;
        }

        if (HeadlessPattern().IsMatch(userAgent))
        {
            return DropReason.HeadlessBrowser;
        }

        if (MonitorPattern().IsMatch(userAgent))
        {
            return DropReason.UptimeMonitor;
        }

        if (InAppPattern().IsMatch(userAgent))
        {
            return null;
        }

        if (CrawlerPattern().IsMatch(userAgent.Replace("cubot", string.Empty, StringComparison.OrdinalIgnoreCase)))
        {
            return DropReason.BotUserAgent;
        }

        var chrome = ChromeVersion().Match(userAgent);
        if (chrome.Success && int.TryParse(chrome.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major >= 1000)
        {
            return DropReason.InvalidUserAgent;
        }

        return userAgent.Contains("Mozilla/", StringComparison.Ordinal) || userAgent.Contains("Opera/", StringComparison.Ordinal)
            ? null
            : DropReason.BotUserAgent;
    }

    [GeneratedRegex(@"facebookexternalhit|facebookcatalog|meta-externalagent|Twitterbot|LinkedInBot|Slackbot|Slack-ImgProxy|Discordbot|TelegramBot|WhatsApp/|Mastodon/|Pinterest(bot)?/|redditbot|Embedly|Iframely|SkypeUriPreview|vkShare|Google-PageRenderer|bitlybot|Snapchat/|Viber/|Tumblr/|Bluesky Cardyb|Google-InspectionTool|MicrosoftPreview|Yahoo! Slurp Preview", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviewPattern();

    [GeneratedRegex(@"HeadlessChrome|Headless|PhantomJS|Puppeteer|Playwright|Selenium|WebDriver|Chrome-Lighthouse|Lighthouse|SlimerJS|Cypress|Nightmare|electron.*bot", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlessPattern();

    [GeneratedRegex(@"UptimeRobot|Pingdom|StatusCake|Site24x7|BetterUptime|Better Uptime|Uptime-Kuma|UptimeKuma|Checkly|Datadog.*Synthetic|NewRelicSynthetics|New Relic Synthetics|GoogleStackdriverMonitoring|Freshping|HetrixTools|Hetrix|Uptime\.com|updown\.io|Montastic|Better Stack|NodePing|monitoring", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonitorPattern();

    [GeneratedRegex(@"FBAN/|FBAV/|FB_IAB|FBIOS|Instagram \d|LinkedInApp|musical_ly|BytedanceWebview|TikTok|Pinterest for", RegexOptions.CultureInvariant)]
    private static partial Regex InAppPattern();

    [GeneratedRegex(@"bot\b|bot[/_;-]|crawl|spider|slurp|scrap|archiver|GPTBot|ClaudeBot|Claude-Web|anthropic-ai|Bytespider|PetalBot|Amazonbot|CCBot|PerplexityBot|YandexBot|Baiduspider|DuckDuckBot|Applebot|SemrushBot|AhrefsBot|MJ12bot|DotBot|python-requests|python-urllib|aiohttp|httpx|curl/|Wget|Go-http-client|okhttp|axios/|node-fetch|undici|Java/|Apache-HttpClient|libwww-perl|HttpClient|Scrapy|feedfetcher|\bRSS\b|Feedly|facebookplatform|ia_archiver|Nutch|Dataprovider|BingPreview|adsbot|Mediapartners", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrawlerPattern();

    [GeneratedRegex(@"Chrome/(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ChromeVersion();
}
