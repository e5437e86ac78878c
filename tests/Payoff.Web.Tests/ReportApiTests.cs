using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

public sealed class ReportApiTests
{
    [Fact]
    public async Task The_sources_and_links_reports_can_be_read_over_the_api_while_the_server_runs()
    {
        await using var app = new PayoffAppFactory().WithSite();
        app.AddLink("spring");
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social","visitor":"visitor-one","event_id":"p1"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"lead","visitor":"visitor-one","event_id":"l1","contact_id":"crm-1"}""");
        await app.FlushAsync();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/reports/sources")).StatusCode);
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var report = await client.GetFromJsonAsync<JsonElement>("/api/reports/sources?by=network&compare=previous-period");
        var row = report.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("LinkedIn", row.GetProperty("key").GetProperty("network").GetString());
        Assert.Equal(1, row.GetProperty("current").GetProperty("contacts").GetInt64());
        Assert.Equal("network", report.GetProperty("query").GetProperty("grouping").GetString());
        var links = await client.GetFromJsonAsync<JsonElement>("/api/reports/links");
        Assert.Equal("spring", links.GetProperty("rows")[0].GetProperty("slug").GetString());
        var status = await client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Equal(2, status.GetProperty("events").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/reports/sources?from=2026-05-02&to=2026-05-01")).StatusCode);
    }
}
