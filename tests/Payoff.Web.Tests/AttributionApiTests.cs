using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

public sealed class AttributionApiTests
{
    [Fact]
    public async Task Attribution_and_paths_reports_mirror_the_command_line()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social","visitor":"visitor-one","event_id":"p1"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"lead","visitor":"visitor-one","event_id":"l1","contact_id":"crm-1"}""");
        await app.FlushAsync();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        var report = await client.GetFromJsonAsync<JsonElement>("/api/reports/attribution");
        Assert.Equal("events", report.GetProperty("source").GetString());
        var results = report.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(8, results.Count);
        Assert.All(results, r => Assert.Equal("LinkedIn", r.GetProperty("credits")[0].GetProperty("channel").GetString()));
        Assert.All(results, r => Assert.True(r.GetProperty("adds_up").GetBoolean()));

        var markov = await client.GetFromJsonAsync<JsonElement>("/api/reports/attribution?model=markov&by=channel");
        Assert.Equal("Organic Social", Assert.Single(markov.GetProperty("results").EnumerateArray()).GetProperty("credits")[0].GetProperty("channel").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/reports/attribution?model=magic")).StatusCode);

        var paths = await client.GetFromJsonAsync<JsonElement>("/api/reports/paths");
        Assert.Equal("LinkedIn", paths.GetProperty("paths")[0].GetProperty("path").GetString());
        Assert.Equal("closer", paths.GetProperty("roles")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task Regression_attribution_of_a_named_conversion_answered_500_for_a_missing_prepared_statement_parameter()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = await LinkedInVisitThenOrderAsync(app, "conversion");

        var report = await client.GetFromJsonAsync<JsonElement>("/api/reports/attribution?conversion=order&model=markov");
        var credit = Assert.Single(report.GetProperty("results").EnumerateArray()).GetProperty("credits")[0];
        Assert.Equal("LinkedIn", credit.GetProperty("channel").GetString());
        Assert.Equal(30m, credit.GetProperty("value").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports/paths?conversion=order")).StatusCode);
    }

    [Fact]
    public async Task Regression_an_unknown_conversion_name_answered_zero_credits_and_is_now_a_400_naming_conversion_with_the_known_names()
    {
        // Issue 13 §3.6: /api/reports/attribution?conversion=nosuchthing silently credited nothing.
        await using var app = new PayoffAppFactory().WithSite();
        var client = await LinkedInVisitThenOrderAsync(app, "customer");

        foreach (var path in new[] { "/api/reports/attribution?conversion=nosuchthing", "/api/reports/paths?conversion=nosuchthing" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("conversion: Unknown conversion 'nosuchthing': known are lead, customer, order.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var report = await client.GetFromJsonAsync<JsonElement>("/api/reports/attribution?conversion=order&model=last-touch");
        var credit = Assert.Single(report.GetProperty("results").EnumerateArray()).GetProperty("credits")[0];
        Assert.Equal(("LinkedIn", 1.0), (credit.GetProperty("channel").GetString(), credit.GetProperty("conversions").GetDouble()));
    }

    private static async Task<HttpClient> LinkedInVisitThenOrderAsync(PayoffAppFactory app, string type)
    {
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social","visitor":"visitor-one","event_id":"p1"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"{{type}}","name":"order","value":30,"currency":"USD","visitor":"visitor-one","event_id":"o1"}""");
        await app.FlushAsync();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        return client;
    }
}
