using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

/// <summary>Hourly rates, fees, currency rates and the benchmark, social and costs reports over the API: what the dashboard's pages do.</summary>
public sealed class CostSetupApiTests
{
    [Fact]
    public async Task The_cost_setup_is_checked_like_the_page_and_stored_for_the_keys_workspace()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync("/api/rates", new { person = "ana", rate = 40 })).StatusCode);
        var negative = await writer.PutAsJsonAsync("/api/rates", new { person = "ana", rate = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("rate may not be negative.", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badCurrency = await writer.PutAsJsonAsync("/api/rates", new { person = "ana", rate = 40, currency = "EURO" });
        Assert.Equal(HttpStatusCode.BadRequest, badCurrency.StatusCode);
        Assert.Contains("currency", await badCurrency.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await writer.PutAsJsonAsync("/api/rates", new { person = "ana", rate = 40 })).StatusCode);
        Assert.Equal("USD", (await reader.GetFromJsonAsync<JsonElement>("/api/rates")).EnumerateArray().Single().GetProperty("currency").GetString());

        var badShares = await writer.PostAsJsonAsync("/api/fees", new { name = "Tool", monthly_amount = 49, shares = "Facebook=-1" });
        Assert.Equal(HttpStatusCode.BadRequest, badShares.StatusCode);
        Assert.Contains("shares 'Facebook=-1'", await badShares.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fee = await writer.PostAsJsonAsync("/api/fees", new { name = "Tool", monthly_amount = 49, shares = "fb=2,linkedin", from = "2026-03-17" });
        Assert.Equal(HttpStatusCode.Created, fee.StatusCode);
        var stored = await fee.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-03-01", stored.GetProperty("from").GetString());
        Assert.Equal(2m, stored.GetProperty("shares").GetProperty("Facebook").GetDecimal());
        Assert.Single((await reader.GetFromJsonAsync<JsonElement>("/api/fees")).EnumerateArray());

        var own = await writer.PutAsJsonAsync("/api/currency-rates", new { currency = "USD", rate = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("USD is the workspace currency; it needs no rate.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await writer.PutAsJsonAsync("/api/currency-rates", new { currency = "eur", rate = 1.08 })).StatusCode);
        Assert.Equal("EUR", (await reader.GetFromJsonAsync<JsonElement>("/api/currency-rates")).EnumerateArray().Single().GetProperty("currency").GetString());

        var noMinutes = await writer.PostAsJsonAsync("/api/time", new { network = "fb", minutes = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, noMinutes.StatusCode);
        Assert.Contains("The time must be more than 0 and at most 24 hours.", await noMinutes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_pages_reports_are_served_too_and_bad_queries_are_named()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        var benchmark = await reader.GetFromJsonAsync<JsonElement>("/api/reports/benchmark?network=fb&months=3&to=2026-11-23");
        Assert.Equal(3, benchmark.GetProperty("months").GetArrayLength());
        Assert.Equal("Facebook", benchmark.GetProperty("query").GetProperty("network").GetString());
        Assert.Equal(JsonValueKind.Array, (await reader.GetFromJsonAsync<JsonElement>("/api/reports/social?by=month")).GetProperty("rows").ValueKind);
        Assert.Equal(JsonValueKind.Array, (await reader.GetFromJsonAsync<JsonElement>("/api/reports/costs?by=campaign")).GetProperty("rows").ValueKind);

        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/reports/benchmark?months=0")).StatusCode);
        var social = await reader.GetAsync("/api/reports/social?by=week");
        Assert.Equal(HttpStatusCode.BadRequest, social.StatusCode);
        Assert.Contains("by must be network, account or month", await social.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/reports/costs?from=2026-11-20&to=2026-11-01")).StatusCode);
    }
}
