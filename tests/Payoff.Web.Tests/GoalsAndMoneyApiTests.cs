using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Core.Costs;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Tests;

public sealed class GoalsAndMoneyApiTests
{
    [Fact]
    public async Task Goals_time_and_the_money_reports_mirror_the_command_line()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => new DuckDbCostSetupStore(db).SetRate(workspace, new HourlyRate(string.Empty, 12m, "USD")));
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/goals", new { name = "x" })).StatusCode);
        var bad = await writer.PostAsJsonAsync("/api/goals", new { name = "Leads", metric = "happiness", target = 10, deadline = today.AddDays(30) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a metric Payoff has", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await writer.PostAsJsonAsync("/api/goals", new { name = "LinkedIn leads", metric = "contacts", network = "linkedin", target = 30, deadline = today.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var goal = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("LinkedIn", goal.GetProperty("network").GetString());
        Assert.False(goal.GetProperty("smart").GetProperty("measurable").GetBoolean());
        Assert.True(goal.GetProperty("smart").GetProperty("time_bound").GetBoolean());
        var id = goal.GetProperty("id").GetInt64();

        var edited = await (await writer.PutAsJsonAsync($"/api/goals/{id}", new { target_percent = 20, baseline = 25 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(30m, edited.GetProperty("target").GetDecimal());
        var shown = await reader.GetFromJsonAsync<JsonElement>($"/api/goals/{id}");
        Assert.Equal("no-data", shown.GetProperty("progress").GetProperty("status").GetString());
        Assert.Single((await reader.GetFromJsonAsync<JsonElement>("/api/reports/goals")).EnumerateArray());

        var logged = await writer.PostAsJsonAsync("/api/time", new { network = "fb", day = today, minutes = 90, note = "replies" });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var roi = await reader.GetFromJsonAsync<JsonElement>("/api/reports/roi");
        var facebook = roi.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("Facebook", facebook.GetProperty("network").GetString());
        Assert.Equal(18m, facebook.GetProperty("totals").GetProperty("time_cost").GetDecimal());
        Assert.Equal("first-touch", roi.GetProperty("model").GetString());

        var cost = await reader.GetFromJsonAsync<JsonElement>("/api/costs/time?rate=10&minutes_per_day=30&days=weekdays&period=year");
        Assert.Equal((130m, 1300m), (cost.GetProperty("hours").GetDecimal(), cost.GetProperty("cost").GetDecimal()));

        var verdict = await reader.GetFromJsonAsync<JsonElement>("/api/reports/verdict?months=2");
        Assert.Equal(JsonValueKind.Array, verdict.GetProperty("networks").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/kpi?program=awareness")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/reports/kpi?program=nope")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsync($"/api/goals/{id}/archive", null)).StatusCode);
        Assert.Empty((await reader.GetFromJsonAsync<JsonElement>("/api/reports/goals")).EnumerateArray());
    }
}
