using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Core.Collect;

namespace Payoff.Web.Tests;

/// <summary>One test per drop reason: the hit is answered 202, not stored, and counted under its reason.</summary>
public sealed class DropReasonTests
{
    [Theory]
    [InlineData("bot_user_agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("preview_fetcher", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [InlineData("headless_browser", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36")]
    [InlineData("uptime_monitor", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)")]
    [InlineData("invalid_user_agent", "")]
    public async Task A_machine_user_agent_is_dropped_with_its_reason(string reason, string userAgent)
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync(Pageview(app), userAgent: userAgent.Length == 0 ? null : userAgent);
        await AssertDroppedAsync(app, response, reason);
    }

    [Fact]
    public async Task A_spam_referrer_is_dropped()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","referrer":"https://www.semalt.com/crawler"}""");
        await AssertDroppedAsync(app, response, "spam_referrer");
    }

    [Fact]
    public async Task A_prefetch_is_dropped()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync(Pageview(app), configure: r => r.Headers.Add("Sec-Purpose", "prefetch;prerender"));
        await AssertDroppedAsync(app, response, "prefetch");
    }

    [Theory]
    [InlineData("DNT")]
    [InlineData("Sec-GPC")]
    public async Task Do_not_track_and_global_privacy_control_keep_a_visitor_out_where_the_site_honours_them(string header)
    {
        await using var app = new PayoffAppFactory().WithSite(honourDnt: true);
        var response = await app.SendAsync(Pageview(app), configure: r => r.Headers.Add(header, "1"));
        await AssertDroppedAsync(app, response, "opted_out");
    }

    [Fact]
    public async Task Do_not_track_is_ignored_where_the_site_has_not_opted_in()
    {
        await using var app = new PayoffAppFactory().WithSite(honourDnt: false);
        await app.SendAsync(Pageview(app), configure: r => r.Headers.Add("DNT", "1"));
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task A_head_request_for_a_link_redirects_but_is_not_a_click()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        using var request = new HttpRequestMessage(HttpMethod.Head, "/l/spring");
        request.Headers.TryAddWithoutValidation("User-Agent", PayoffAppFactory.Chrome);
        var response = await app.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.FlushAsync();
        Assert.Equal(0, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM link_clicks WHERE drop_reason = 'head_request'"));
        Assert.Equal(1, await DroppedAsync(app, "head_request"));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0.0.36.111]")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 309.0.0.0")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29")]
    [InlineData("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 musical_ly_2023301030 BytedanceWebview/d8a21c6")]
    public async Task In_app_browsers_of_social_networks_are_people(string userAgent)
    {
        await using var app = new PayoffAppFactory().WithSite();
        await app.SendAsync(Pageview(app), userAgent: userAgent);
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(0, app.Count("SELECT count(*) FROM dropped_hits"));
    }

    private static string Pageview(PayoffAppFactory app) => $$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/"}""";

    private static async Task AssertDroppedAsync(PayoffAppFactory app, HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await app.FlushAsync();
        Assert.Equal(0, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM dropped_hits WHERE reason = $1", reason));
        Assert.Equal(1, await DroppedAsync(app, reason));
        Assert.Contains(reason, DropReasons.Names);
    }

    private static async Task<long> DroppedAsync(PayoffAppFactory app, string reason)
    {
        var health = await app.Client().GetFromJsonAsync<JsonElement>("/health");
        return health.GetProperty("dropped_by_reason").GetProperty(reason).GetInt64();
    }
}
