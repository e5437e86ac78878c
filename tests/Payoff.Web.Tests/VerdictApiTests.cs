using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Payoff.Web.Tests;

/// <summary><c>/api/reports/verdict</c> and <c>/api/goals</c> refuse what cannot be judged or tracked (issue 13, trial report items 3 and 4).</summary>
public sealed class VerdictApiTests
{
    [Fact]
    public async Task Regression_future_months_and_out_of_range_goal_dates_are_refused_with_400()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // The bug: months after today were judged as zeros ("0% of sessions (0)", "ROI -100%").
        var future = await reader.GetAsync($"/api/reports/verdict?to={today.AddMonths(4).ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("months that have not started have no data to judge", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/verdict")).StatusCode);

        // The bug: a goal with deadline 9999-12-31 was saved and then broke the workspace's reports.
        var far = await writer.PostAsJsonAsync("/api/goals", new { name = "Far", metric = "contacts", target = 10, deadline = new DateOnly(9999, 12, 31) });
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        Assert.Contains("The deadline 9999-12-31 is out of range", await far.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/goals")).StatusCode);
    }

    [Fact]
    public async Task Regression_a_month_outside_the_day_limits_is_a_400_naming_to_not_a_500_or_a_verdict_on_1899()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        // The bug: ?to=9999-12 crashed in DateOnly.AddMonths (500); ?to=1900-01 judged "November 1899–January 1900".
        foreach (var query in new[] { "to=9999-12", "to=1900-01", "to=0001-01", "to=1899-12-31" })
        {
            var response = await reader.GetAsync($"/api/reports/verdict?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("to (", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_verdict_period_outside_the_day_limits_is_refused_with_an_out_of_range_exception()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VerdictPeriodOf(new DateOnly(9999, 12, 1), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => VerdictPeriodOf(new DateOnly(1900, 1, 1), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Payoff.Core.Reporting.Verdict.VerdictPeriod(new Payoff.Core.Workspaces.DateRange(new DateOnly(1899, 11, 1), new DateOnly(1900, 1, 31))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Payoff.Core.Reporting.Verdict.VerdictPeriod.Resolve(new DateOnly(2026, 11, 30), new Payoff.Core.Workspaces.DateRange(new DateOnly(2026, 1, 1), DateOnly.MaxValue)));
        Assert.Equal("January–March 1900", VerdictPeriodOf(new DateOnly(1900, 3, 1), 3).Heading);
    }

    [Fact]
    public async Task Regression_from_is_read_and_judged_as_the_whole_months_inside_the_picked_range()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        // The bug: from was ignored, so every one of these judged the default months with 200.
        foreach (var (query, field) in new[] { ("from=abc", "from"), ("from=0001-01", "from"), ("from=2026-05&to=2026-04", "from (2026-05-01) is after to (2026-04-30)"), ("to=2026-13", "to"), ("from=2026-02-30", "from"), ("from=2026-01&months=2", "months") })
        {
            var response = await reader.GetAsync($"/api/reports/verdict?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var months = await Period(reader, "from=2026-02&to=2026-04");
        Assert.Equal("February–April 2026", months.GetProperty("heading").GetString());
        var days = await Period(reader, "from=2026-01-15&to=2026-05-01");
        Assert.Equal("February–April 2026", days.GetProperty("heading").GetString());
        Assert.Contains("whole months inside", days.GetProperty("note").GetString(), StringComparison.Ordinal);
        var dayTo = await Period(reader, "to=2026-05-01");
        Assert.Equal("February–April 2026", dayTo.GetProperty("heading").GetString());
        var monthTo = await Period(reader, "to=2026-04&months=2");
        Assert.Equal("March–April 2026", monthTo.GetProperty("heading").GetString());
    }

    [Fact]
    public async Task Regression_months_without_data_say_no_network_has_data_and_where_the_workspace_data_begins()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social","visitor":"visitor-one","event_id":"p1"}""");
        await app.FlushAsync();

        // The bug: ?to=2020-01 answered networks: [] with no note and no warning.
        var response = await reader.GetAsync("/api/reports/verdict?to=2020-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("networks").GetArrayLength());
        var note = json.RootElement.GetProperty("period").GetProperty("note").GetString();
        Assert.Contains("No network has data in November 2019–January 2020", note, StringComparison.Ordinal);
        Assert.Contains("the workspace's data begins on 20", note, StringComparison.Ordinal);
    }

    private static Payoff.Core.Reporting.Verdict.VerdictPeriod VerdictPeriodOf(DateOnly last, int months) => Payoff.Core.Reporting.Verdict.VerdictPeriod.Ending(last, months);

    private static async Task<System.Text.Json.JsonElement> Period(HttpClient reader, string query)
    {
        var response = await reader.GetAsync($"/api/reports/verdict?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("period").Clone();
    }
}
