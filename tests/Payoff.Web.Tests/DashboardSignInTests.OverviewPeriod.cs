using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Payoff.Web.Tests;

/// <summary>Issue 14 §1: the overview reads the one period rule (ReportPeriod) and the same figures as the API.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task The_overview_and_the_roi_api_give_the_same_figures_for_the_same_picked_days()
    {
        // A visit from Facebook on each of the last 60 days, 60 minutes at 40 an hour five days ago: the picked days hold both.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => Seed(db, workspace, days: 60, minutesBefore: 120, minutesNow: 60));
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-1));
        var days = string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-20):yyyy-MM-dd}&to={today.AddDays(-2):yyyy-MM-dd}");

        var html = await (await viewer.SendAsync(HttpMethod.Get, "/?" + days)).Content.ReadAsStringAsync();
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{today.AddDays(-20):yyyy-MM-dd} to {today.AddDays(-2):yyyy-MM-dd}, against the 19 days before"), html, StringComparison.Ordinal);
        var cards = Cards(html);
        var networks = Encoding.UTF8.GetString(await (await viewer.SendAsync(HttpMethod.Get, "/export/overview?table=networks&format=csv&" + days)).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')).ToList();

        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/reports/roi?" + days);
        var totals = api.GetProperty("totals");
        var facebook = api.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("network").GetString() == "Facebook");

        Assert.True(totals.GetProperty("sessions").GetInt64() >= 18, "the picked days hold a visit each");
        Assert.Equal(40m, facebook.GetProperty("total_cost").GetDecimal());
        Assert.Equal(totals.GetProperty("sessions").GetDecimal(), CardValue(cards["Sessions"]));
        Assert.Equal(totals.GetProperty("total_cost").GetDecimal(), CardValue(cards["Cost (USD)"]));
        Assert.Equal(totals.GetProperty("revenue").GetDecimal(), CardValue(cards["Revenue (USD)"]));
        var row = networks.Single(r => r[0] == "\"Facebook\"");
        Assert.Equal(
            [facebook.GetProperty("sessions").GetDecimal(), facebook.GetProperty("contacts").GetDecimal(), facebook.GetProperty("customers").GetDecimal(), facebook.GetProperty("revenue").GetDecimal(), facebook.GetProperty("total_cost").GetDecimal(), facebook.GetProperty("roi").GetDecimal()],
            row[1..7].Select(Number));
        Assert.Equal(totals.GetProperty("sessions").GetDecimal(), Number(networks[^1][1]));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roi")]
    public async Task From_after_to_on_a_page_shows_the_sentence_of_the_api_s_400_and_the_30_days_ending_at_to(string page)
    {
        await using var app = SeededApp();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var refused = await client.GetAsync("/api/reports/roi?from=2026-05-02&to=2026-05-01");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var sentence = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Equal("from (2026-05-02) is after to (2026-05-01).", sentence);

        var browser = new Browser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var response = await browser.SendAsync(HttpMethod.Get, page + "?from=2026-05-02&to=2026-05-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(sentence)} Showing 2026-04-02 to 2026-05-01 instead.</p>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The figure a headline card shows (counts whole, amounts in the currency's minor unit, thousands with commas).
    private static decimal CardValue(string card) =>
        decimal.Parse(Regex.Match(card, "<div class=\"value\">([^<]*)</div>").Groups[1].Value, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
