using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Verdict;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The verdict on the overview, the network pages and the API: one period, stated; channels get a page of their own.</summary>
public sealed partial class DashboardSignInTests
{
    private static PayoffAppFactory VerdictSite() => new PayoffAppFactory().WithSite(seed: (db, workspace) =>
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        var start = DateTimeOffset.UtcNow.Date.AddDays(-150);
        var events = new List<TrackedEvent>();
        for (var day = 0; day < 150; day++)
        {
            for (var i = 0; i < 5; i++)
            {
                var (url, referrer) = i < 2 ? ("https://example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=announcements", (string?)null) : ("https://example.com/", "https://www.google.com/");
                events.Add(new TrackedEvent { EventId = $"e{day}-{i}", Timestamp = new DateTimeOffset(start.AddDays(day).AddHours(9 + i), TimeSpan.Zero), VisitorId = $"v{day}-{i}", Type = EventType.Pageview, Url = url, Referrer = referrer, Source = ChannelClassifier.Default.Classify(url, referrer) });
            }
        }

        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
    });

    private static async Task<(Browser Viewer, VerdictPeriod Period)> VerdictViewerAsync(PayoffAppFactory app)
    {
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        return (viewer, VerdictPeriod.Default(DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    [Fact]
    public async Task Regression_the_overview_the_network_page_and_the_api_judge_the_same_whole_months_and_say_which()
    {
        // The bug: the overview and the CLI judged August–October, the network page September–November, with different figures.
        await using var app = VerdictSite();
        var (viewer, period) = await VerdictViewerAsync(app);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/reports/verdict");
        Assert.Equal(period.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), api.GetProperty("period").GetProperty("range").GetProperty("from").GetString());
        var linkedIn = api.GetProperty("networks").EnumerateArray().Single(n => n.GetProperty("facts").GetProperty("network").GetString() == "LinkedIn");
        var shares = linkedIn.GetProperty("reasons")[0].GetString()!;

        var overview = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync());
        var network = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, "/network?n=linkedin")).Content.ReadAsStringAsync());
        Assert.Contains($"Verdict per network, {period.Heading}", overview, StringComparison.Ordinal);
        Assert.Contains($"Verdict, {period.Heading}", network, StringComparison.Ordinal);
        Assert.Contains(shares, overview, StringComparison.Ordinal);
        Assert.Contains(shares, network, StringComparison.Ordinal);

        var from = period.Range.From.AddDays(10);
        var picked = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, $"/network?n=LinkedIn&from={from:yyyy-MM-dd}&to={period.Range.To:yyyy-MM-dd}")).Content.ReadAsStringAsync());
        var inside = VerdictPeriod.Resolve(DateOnly.FromDateTime(DateTime.UtcNow), new Payoff.Core.Workspaces.DateRange(from, period.Range.To));
        Assert.Contains($"Verdict, {inside.Heading}", picked, StringComparison.Ordinal);
        Assert.Contains(inside.Note!, picked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regression_a_channel_without_a_network_has_its_own_page_benchmark_and_comparison_with_the_social_networks()
    {
        // The bug: /network?n=Organic Search showed "organic search" and "no visits in the last three months" above 2,800 sessions a month.
        await using var app = VerdictSite();
        var (viewer, period) = await VerdictViewerAsync(app);
        var response = await viewer.SendAsync(HttpMethod.Get, "/network?n=organic%20search");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Organic Search</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no visits", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Organic Search against the social networks, {period.Heading}", html, StringComparison.Ordinal);
        Assert.Contains("sessions a month over", html, StringComparison.Ordinal);
        Assert.Contains("No cost recorded for it, so no ROI (—)", html, StringComparison.Ordinal);
        Assert.Contains("Month by month", html, StringComparison.Ordinal);

        var csv = await (await viewer.SendAsync(HttpMethod.Get, "/export/network?n=Organic%20Search&table=comparison&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Social networks together", csv, StringComparison.Ordinal);
        Assert.Contains("LinkedIn", csv, StringComparison.Ordinal);
    }
}
