using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Storage.DuckDb;
using Payoff.Web.Links;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Tests;

public sealed class LinkTests
{
    [Fact]
    public async Task A_click_redirects_to_the_stored_destination_with_its_tags_whatever_the_request_asks()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring", "https://example.com/spring?ref=7");
        var response = await Get(app, "/l/spring?url=https://evil.com&next=https://evil.com&redir_url=//evil.com&to=https://evil.com");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://example.com/spring?ref=7&utm_source=facebook&utm_medium=social&utm_campaign=spring&pf_lc=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", location, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl!.NoStore ? "no-store" : string.Empty);
    }

    [Theory]
    [InlineData("/l/nope")]
    [InlineData("/l/..%2F..%2Fetc")]
    [InlineData("/l/disabled")]
    public async Task Unknown_malformed_and_disabled_slugs_are_404(string path)
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("disabled");
        app.Run(db => new DuckDbLinkStore(db).SetEnabled(app.Workspace, "disabled", false));
        Assert.Equal(HttpStatusCode.NotFound, (await Get(app, path)).StatusCode);
    }

    [Fact]
    public async Task Clicks_count_people_once_per_hour_and_keep_bot_requests_apart()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        for (var i = 0; i < 5; i++)
        {
            await Get(app, "/l/spring");
        }

        await Get(app, "/l/spring", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)");
        await Get(app, "/l/spring", "Twitterbot/1.0");
        await Get(app, "/l/spring", configure: r => r.Headers.Add("Purpose", "prefetch"));
        await app.FlushAsync();
        var row = Assert.Single(Report(app));
        Assert.Equal(5, row.Clicks);
        Assert.Equal(1, row.UniqueClicks);
        Assert.Equal(3, row.BotClicks);
        Assert.Equal(8, app.Count("SELECT count(*) FROM link_clicks"));
    }

    [Fact]
    public async Task A_click_carries_its_tags_into_the_visit_and_the_lead_is_credited_to_the_link()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        var location = (await Get(app, "/l/spring", referrer: "https://l.facebook.com/")).Headers.Location!.ToString();
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"{{location}}","referrer":"https://l.facebook.com/","visitor":"site-visitor-1","event_id":"p1"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"lead","url":"https://example.com/thanks","visitor":"site-visitor-1","event_id":"l1","contact_id":"crm-9"}""");
        await app.FlushAsync();

        Assert.Equal(1, app.Count("SELECT count(*) FROM sessions"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM sessions WHERE network = 'Facebook' AND campaign = 'spring' AND visitor_id = 'c_site-visitor-1' AND hits = 2"));
        var row = Assert.Single(Report(app));
        Assert.Equal((1L, 1L, 1L), (row.Clicks, row.Sessions, row.Contacts));
    }

    [Fact]
    public async Task A_click_on_a_site_without_the_script_is_still_a_session_of_its_network()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        await Get(app, "/l/spring");
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM sessions WHERE network = 'Facebook' AND campaign = 'spring'"));
        Assert.Equal(1, Assert.Single(Report(app)).Sessions);
    }

    [Fact]
    public async Task Links_are_created_over_the_api_with_a_write_key_and_hostile_destinations_are_refused()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var created = await client.PostAsJsonAsync("/api/links", new { to = "https://example.com/launch", network = "linkedin", campaign = "Launch", slug = "launch" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://example.com/launch?utm_source=linkedin&utm_medium=social&utm_campaign=Launch", view.GetProperty("tagged_url").GetString());
        Assert.EndsWith("/l/launch", view.GetProperty("short_url").GetString(), StringComparison.Ordinal);

        foreach (var hostile in new[] { "javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://example.com/%0d%0aSet-Cookie:a=1", "https://example.com.evil.com/", "http://169.254.169.254/", "https://example.com/" + new string('a', 2100) })
        {
            var refused = await client.PostAsJsonAsync("/api/links", new { to = hostile, source = "x", medium = "social", campaign = "c" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var taken = await client.PostAsJsonAsync("/api/links", new { to = "https://example.com/", network = "linkedin", campaign = "Launch", slug = "launch" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var svg = await app.Client().GetAsync("/l/launch/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var png = await app.Client().GetByteArrayAsync("/l/launch/qr.png");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }

    [Fact]
    public async Task The_links_api_needs_a_key_and_a_read_key_cannot_create()
    {
        await using var app = new PayoffAppFactory().WithSite();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync("/api/links")).StatusCode);
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/links")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/links", new { to = "https://example.com/", source = "x", medium = "social", campaign = "c" })).StatusCode);
    }

    [Theory]
    [InlineData("?from=2026-05-02&to=2026-05-01", "from (2026-05-02) is after to (2026-05-01).")]
    [InlineData("?from=2026-13-01", "from '2026-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.")]
    public async Task The_links_report_api_refuses_a_bad_period_with_a_400_naming_the_field(string query, string sentence)
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var response = await client.GetAsync("/api/reports/links" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports/links?from=2026-05-01&to=2026-05-02")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_link_stops_it_at_once_even_after_it_was_cached()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        Assert.Equal(HttpStatusCode.Redirect, (await Get(app, "/l/spring")).StatusCode);
        app.Run(db => new DuckDbLinkStore(db).SetEnabled(app.Workspace, "spring", false));
        app.Services.GetRequiredService<LinkDirectory>().Forget();
        Assert.Equal(HttpStatusCode.NotFound, (await Get(app, "/l/spring")).StatusCode);
    }

    private static IReadOnlyList<Core.Reporting.Links.LinksRow> Report(PayoffAppFactory app) => app.Run(db =>
    {
        var today = app.Workspace.Calendar.DateOf(DateTimeOffset.UtcNow);
        return new DuckDbLinksReader(db).Read(app.Workspace, new DateRange(today.AddDays(-1), today));
    });

    private static async Task<HttpResponseMessage> Get(PayoffAppFactory app, string path, string userAgent = PayoffAppFactory.Chrome, string? referrer = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (referrer is not null)
        {
            request.Headers.Referrer = new Uri(referrer);
        }

        configure?.Invoke(request);
        return await app.Client().SendAsync(request);
    }
}
