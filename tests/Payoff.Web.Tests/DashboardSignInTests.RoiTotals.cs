using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Payoff.Core.Costs;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Tests;

/// <summary>Issue 13 §2: ROI totals that never mix costed networks with uncosted channels, and staff time on no campaign.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task Regression_roi_minus_100_percent_staff_time_on_no_campaign_is_the_networks_own_line_and_totals_split_social_from_all_channels()
    {
        // Facebook visits on the spring campaign, organic search visits; 90 minutes on Facebook at 40 an hour.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var now = DateTimeOffset.UtcNow.AddHours(-1);
            SeedViewerAndVisits(db, workspace, Enumerable.Range(0, 6).Select(i => i % 2 == 0
                ? (now.AddDays(-i), "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring", (string?)null)
                : (now.AddDays(-i), "https://example.com/", "https://www.google.com/")));
            var setup = new DuckDbCostSetupStore(db);
            setup.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
            setup.Log(workspace, new TimeEntry(0, "Facebook", "ana", DateOnly.FromDateTime(now.UtcDateTime), 90));
        });
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var csv = Encoding.UTF8.GetString(await (await viewer.SendAsync(HttpMethod.Get, "/export/roi?table=roi&format=csv&by=campaign")).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"CAC (USD)\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Value per visit (USD)\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Revenue (USD)\"", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Return", lines[0], StringComparison.Ordinal);
        var unassigned = lines.Single(l => l.StartsWith("\"Facebook / time and fees not assigned to a campaign\"", StringComparison.Ordinal)).Split(',');
        Assert.Equal(60m, Number(unassigned[10]));
        Assert.Equal(string.Empty, unassigned[11]);
        Assert.DoesNotContain(lines, l => l.StartsWith("\"Facebook\",", StringComparison.Ordinal));
        Assert.StartsWith("\"Social networks\"", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("\"All channels\"", lines[^1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1].Split(',')[11]);

        var page = await (await viewer.SendAsync(HttpMethod.Get, "/roi")).Content.ReadAsStringAsync();
        Assert.Contains("All channels: no ROI, ROAS, cost per lead or CAC, because Organic Search carry no cost", page, StringComparison.Ordinal);

        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/reports/roi?by=campaign");
        var row = api.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unassigned").GetBoolean());
        Assert.Equal("time and fees not assigned to a campaign", row.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("roi").ValueKind);
        Assert.Equal(JsonValueKind.Null, api.GetProperty("all_channels").GetProperty("roi").ValueKind);
        Assert.Equal("Organic Search", api.GetProperty("all_channels").GetProperty("without_cost")[0].GetString());
        Assert.Equal(-1m, api.GetProperty("social_networks").GetProperty("roi").GetDecimal());
    }
}
