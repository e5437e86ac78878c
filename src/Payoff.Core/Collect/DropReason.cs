namespace Payoff.Core.Collect;

/// <summary>Why a hit was kept out of the human counts. Dropped hits are counted per reason, never stored as events.</summary>
public enum DropReason
{
    /// <summary>A crawler, script or HTTP library by its user agent (Googlebot, GPTBot, curl, python-requests…).</summary>
    BotUserAgent,

    /// <summary>A link-preview fetcher (facebookexternalhit, Twitterbot, LinkedInBot, Slackbot, Discordbot…).</summary>
    PreviewFetcher,

    /// <summary>An automated browser (HeadlessChrome, Puppeteer, Playwright, Selenium, PhantomJS, Lighthouse).</summary>
    HeadlessBrowser,

    /// <summary>An uptime or synthetic monitor (UptimeRobot, Pingdom, StatusCake…).</summary>
    UptimeMonitor,

    /// <summary>No user agent at all, or one with an impossible browser version.</summary>
    InvalidUserAgent,

    /// <summary>An HTTP <c>HEAD</c> request (link checkers, previews): no person sees a page.</summary>
    HeadRequest,

    /// <summary>A browser prefetch or prerender (<c>Sec-Purpose: prefetch</c>): the person may never open it.</summary>
    Prefetch,

    /// <summary>The referrer is on the referrer-spam list.</summary>
    SpamReferrer,

    /// <summary>Do-Not-Track or Global Privacy Control on a site that honours them, or the no-track opt-out.</summary>
    OptedOut,
}
