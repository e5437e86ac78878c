using System.Net;

namespace Payoff.Web.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task A_body_over_64_kilobytes_is_413()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","name":"{{new string('x', 70_000)}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit is 65536", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_over_100_events_is_413()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var one = $$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/"}""";
        var response = await app.SendAsync("[" + string.Join(',', Enumerable.Repeat(one, 101)) + "]");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_collected_tag_past_its_limit_is_400_with_the_field_named()
    {
        // Issue 13 §4.6: collected and imported text has documented limits; a tag has 1,000 characters.
        await using var app = new PayoffAppFactory().WithSite();
        var url = $"https://example.com/?utm_source=facebook&utm_campaign={new string('c', 1_500)}";

        var response = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"{{url}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("utm_campaign has 1,500 characters; the limit is 1,000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.FlushAsync();
        Assert.Equal(0, app.Count("SELECT count(*) FROM events"));
    }

    [Theory]
    [InlineData("url", "'url' is 2019 characters long; the limit is 2000")]
    [InlineData("referrer", "'referrer' is 2019 characters long; the limit is 2000")]
    public async Task Over_long_urls_are_400_with_the_field_named(string field, string message)
    {
        await using var app = new PayoffAppFactory().WithSite();
        var longUrl = "https://example.com/" + new string('a', 1999);
        var body = field == "url"
            ? $$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"{{longUrl}}"}"""
            : $$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","referrer":"{{longUrl}}"}""";
        var response = await app.SendAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_user_agent_is_400()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/"}""", userAgent: "Mozilla/5.0 " + new string('x', 600));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("User-Agent header is 612 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("42", "one event object or an array")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"javascript:alert(1)"}""", "absolute http or https URL")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"data:text/html,hi"}""", "absolute http or https URL")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"https://example.com/","name":"a\u0000b"}""", "NUL character")]
    [InlineData("""{"site":"SITE","type":"hack","url":"https://example.com/"}""", "Field 'type' must be")]
    [InlineData("""{"site":"SITE","type":"pageview","url":{"nested":1}}""", "'url' must be a string")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"https://example.com/","event_id":{"a":[1,{"b":2}]}}""", "Field 'event_id' must be a string.")]
    [InlineData("""{"site":"SITE","type":"pageview","url":true}""", "Field 'url' must be a string.")]
    [InlineData("""{"site":["SITE"],"type":"pageview","url":"https://example.com/"}""", "Field 'site' must be a string.")]
    [InlineData("""{"site":"SITE","type":"conversion","url":"https://example.com/","value":"lots"}""", "Field 'value' must be a number below 10^12.")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"https://example.com/\ud800"}""", "Field 'url' is not valid text")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"https://example.com/","junk":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}""", "not valid JSON")]
    [InlineData("""{"site":"SITE","type":"pageview","url":"https://example.com/"}{"x":1}""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public async Task Malformed_events_are_400_never_500(string body, string message)
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync(body.Replace("SITE", app.Site.SiteKey, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_nested_fields_are_ignored()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var response = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","props":{"deep":{"deeper":[1,2]} } }""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_site_over_its_rate_gets_429_with_retry_after_and_other_sites_are_unaffected()
    {
        await using var app = new PayoffAppFactory();
        app.Options = app.Options with { SiteEventsPerSecond = 1, SiteBurst = 3 };
        app.WithSite();
        var other = app.Run(db => new Storage.DuckDb.DuckDbSiteStore(db).Add(app.Workspace, "other.org", Core.Collect.IdentityMode.Cookie, false));
        var body = $$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/"}""";
        Assert.Equal(HttpStatusCode.Accepted, (await app.SendAsync(body)).StatusCode);

        // The bucket refills one event a second, so a slow machine may pass a few more before the 429.
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 50 && limited is null; i++)
        {
            var response = await app.SendAsync(body);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var neighbour = await app.SendAsync($$"""{"site":"{{other.SiteKey}}","type":"pageview","url":"https://other.org/"}""");
        Assert.Equal(HttpStatusCode.Accepted, neighbour.StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_short_link_requests_per_minute_gets_429_with_retry_after_and_the_click_is_not_counted()
    {
        await using var app = new PayoffAppFactory();
        app.Options = app.Options with { LinkRequestsPerMinutePerIp = 3 };
        app.WithSite();
        app.AddLink("spring");
        var client = app.Client();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/l/spring")).StatusCode);
        }

        // The window is per IP and per minute: the fourth request inside it is refused, unknown slugs included.
        var limited = await client.GetAsync("/l/spring");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Null(limited.Headers.Location);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/l/nope")).StatusCode);

        await app.FlushAsync();
        Assert.Equal(3, app.Count("SELECT count(*) FROM link_clicks"));
    }
}
