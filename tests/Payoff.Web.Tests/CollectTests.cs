using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Tests;

public sealed class CollectTests
{
    [Fact]
    public async Task Page_views_become_sessions_and_a_lead_is_credited_to_the_landing_network()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var site = app.Site.SiteKey;
        var landing = await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=launch","referrer":"https://www.linkedin.com/","visitor":"visitor-one","event_id":"p1"}""");
        Assert.Equal(HttpStatusCode.Accepted, landing.StatusCode);
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://www.example.com/pricing","referrer":"https://example.com/","visitor":"visitor-one","event_id":"p2"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/","referrer":"https://www.facebook.com/","visitor":"visitor-two","event_id":"p3"}""");
        var lead = await app.SendAsync($$"""{"site":"{{site}}","type":"lead","url":"https://example.com/thanks","visitor":"visitor-one","event_id":"l1","contact_id":"crm-7","name":"demo request"}""");
        Assert.Equal(HttpStatusCode.Accepted, lead.StatusCode);
        await app.FlushAsync();

        Assert.Equal(4, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(2, app.Count("SELECT count(*) FROM sessions"));
        var report = await app.Run(db =>
        {
            var today = app.Workspace.Calendar.DateOf(DateTimeOffset.UtcNow);
            return new SourcesReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db)).BuildAsync(app.Workspace, new SourcesQuery(new DateRange(today.AddDays(-1), today), SourcesGrouping.Network, null, PeriodComparison.None));
        });
        var linkedIn = Assert.Single(report.Rows, r => r.Key.Network == "LinkedIn");
        Assert.Equal(1, linkedIn.Current.Sessions);
        Assert.Equal(1, linkedIn.Current.Contacts);
        var facebook = Assert.Single(report.Rows, r => r.Key.Network == "Facebook");
        Assert.Equal(0, facebook.Current.Contacts);
        Assert.Equal(2, report.Totals.Sessions);
    }

    [Fact]
    public async Task A_browser_signed_in_to_the_dashboard_sends_events_as_a_visitor_not_as_an_api_key()
    {
        // Payoff served on the site's own domain: the page's script posts with the dashboard's session cookie.
        await using var app = new PayoffAppFactory().WithSite();
        var browser = await AccountTests.SignedInAsync(app, "owner@example.com");
        using var body = PayoffAppFactory.Json($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/pricing","visitor":"visitor-one","event_id":"signed-in"}""");
        var response = await browser.SendAsync(HttpMethod.Post, "/api/event", content: body, userAgent: PayoffAppFactory.Chrome);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await app.FlushAsync();
        Assert.Equal(1, app.Count($"SELECT count(*) FROM events WHERE event_id = 's{app.Site.Id}:signed-in'"));
    }

    [Fact]
    public async Task A_replayed_event_is_stored_once()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var body = $$"""{"site":"{{app.Site.SiteKey}}","type":"conversion","url":"https://example.com/buy","visitor":"visitor-one","event_id":"order-1","value":49.90,"currency":"USD"}""";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.SendAsync(body)).StatusCode);
            await app.FlushAsync();
        }

        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(49.90m, app.Run(db => db.Scalar<decimal>("SELECT sum(amount) FROM revenue")));
    }

    [Fact]
    public async Task Two_copies_sent_at_once_are_stored_once()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var body = $$"""{"site":"{{app.Site.SiteKey}}","type":"conversion","url":"https://example.com/buy","visitor":"visitor-one","event_id":"order-2","value":10}""";
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.SendAsync(body)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task Twenty_parallel_hits_of_one_visitor_at_page_load_are_one_session()
    {
        await using var app = new PayoffAppFactory().WithSite();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/p{{i}}","visitor":"visitor-one","event_id":"hit-{{i}}"}""")));
        await app.FlushAsync();
        Assert.Equal(20, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM sessions"));
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_stores_the_good_ones_and_names_the_bad_one()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var site = app.Site.SiteKey;
        var response = await app.SendAsync($$"""[{"site":"{{site}}","type":"pageview","url":"https://example.com/","event_id":"a"},{"site":"{{site}}","type":"pageview","url":"https://example.com/","value":"lots","event_id":"b"}]""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await PayoffAppFactory.ReadAsync<JsonElement>(response);
        Assert.Equal(1, json.GetProperty("accepted").GetInt32());
        var rejected = json.GetProperty("results")[0];
        Assert.Equal(1, rejected.GetProperty("index").GetInt32());
        Assert.Contains("'value'", rejected.GetProperty("error").GetString(), StringComparison.Ordinal);
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task Unknown_sites_and_foreign_domains_are_refused()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var unknown = await app.SendAsync("""{"site":"s_nope","type":"pageview","url":"https://example.com/"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Unknown site", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreign = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com.evil.com/"}""");
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("not on the site example.com", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var origin = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/"}""", configure: r => r.Headers.Add("Origin", "https://evil.com"));
        Assert.Equal(HttpStatusCode.BadRequest, origin.StatusCode);
        await app.FlushAsync();
        Assert.Equal(0, app.Count("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task A_browser_cannot_backdate_but_a_server_with_a_write_key_can()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var old = DateTimeOffset.UtcNow.AddDays(-3);
        await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","event_id":"browser","ts":{{old.ToUnixTimeMilliseconds()}},"timestamp":"{{old:O}}"}""");
        var server = await app.SendAsync(
            $$"""{"type":"customer","event_id":"server","contact_id":"crm-1","value":100,"timestamp":"{{old:O}}","ip":"198.51.100.7","user_agent":"{{PayoffAppFactory.Chrome}}"}""",
            userAgent: "python-requests/2.31",
            configure: r => r.Headers.Add("X-Payoff-Key", app.WriteKey));
        Assert.Equal(HttpStatusCode.Accepted, server.StatusCode);
        await app.FlushAsync();
        var browserTime = app.Run(db => db.Scalar<DateTime>($"SELECT ts FROM events WHERE event_id = 's{app.Site.Id}:browser'"));
        Assert.True(DateTime.UtcNow - browserTime < TimeSpan.FromMinutes(1));
        var serverTime = app.Run(db => db.Scalar<DateTime>("SELECT ts FROM events WHERE event_id = 'server'"));
        Assert.True(Math.Abs((serverTime - old.UtcDateTime).TotalSeconds) < 1);
    }

    [Fact]
    public async Task Browser_sent_ip_and_user_agent_fields_and_spoofed_forwarded_headers_are_ignored()
    {
        await using var app = new PayoffAppFactory().WithSite(Core.Collect.IdentityMode.Cookieless);
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/","event_id":"a","ip":"1.1.1.1","user_agent":"Googlebot"}""", configure: r => r.Headers.Add("X-Forwarded-For", "203.0.113.1"));
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/","event_id":"b","ip":"2.2.2.2"}""", configure: r => r.Headers.Add("X-Forwarded-For", "203.0.113.2"));
        await app.FlushAsync();
        Assert.Equal(2, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(1, app.Count("SELECT count(DISTINCT visitor_id) FROM events"));
        Assert.Equal(2, app.Count("SELECT count(*) FROM events WHERE visitor_id LIKE 'h_%' AND device = 'desktop' AND browser = 'Chrome'"));
    }

    [Fact]
    public async Task A_read_key_cannot_send_events_and_a_bad_key_is_refused()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var read = await app.SendAsync("""{"type":"lead","contact_id":"x"}""", configure: r => r.Headers.Add("X-Payoff-Key", app.ReadKey));
        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
        Assert.Contains("read-only", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await app.SendAsync("""{"type":"lead","contact_id":"x"}""", configure: r => r.Headers.Add("X-Payoff-Key", "pk_wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task The_health_endpoint_and_the_openapi_document_describe_the_service()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var health = await app.Client().GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("dropped_by_reason").GetProperty("preview_fetcher").GetInt64());
        var openApi = await app.Client().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/event", "/l/{slug}", "/api/links", "/api/reports/links", "/health", "/api/status", "/p.js" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }
}
