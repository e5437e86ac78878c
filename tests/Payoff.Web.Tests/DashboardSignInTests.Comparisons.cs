using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Payoff.Core.Channels;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Issue 13 §2: changes against a period with almost no data, and the direction of good news, on every surface.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task Regression_954345_percent_a_period_after_a_workspaces_first_days_reads_new_on_the_cards_the_pages_and_the_api()
    {
        // Visits on each of the last 34 days: the 30 days before the default range have data on 4 of them.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => Seed(db, workspace, days: 34, minutesBefore: 0, minutesNow: 0));
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var overview = await (await viewer.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync();
        var cards = Cards(overview);
        Assert.Contains("new: The comparison period has data on 4 of its 30 days", cards["Sessions"], StringComparison.Ordinal);
        Assert.DoesNotContain("%", cards["Sessions"], StringComparison.Ordinal);
        Assert.Contains("No ROI: no cost logged or imported", cards["ROI"], StringComparison.Ordinal);
        Assert.All(cards.Values, c => Assert.Contains("class=\"change", c, StringComparison.Ordinal));

        var sources = await (await viewer.SendAsync(HttpMethod.Get, "/sources?compare=previous-period")).Content.ReadAsStringAsync();
        Assert.Matches(new Regex(@"30<span class=""delta change""[^>]*> \(new\)</span>"), sources);
        Assert.Contains("it has data on 4 of its 30 days", sources, StringComparison.Ordinal);

        var network = await (await viewer.SendAsync(HttpMethod.Get, "/network?n=Facebook")).Content.ReadAsStringAsync();
        Assert.DoesNotMatch(new Regex(@"\d{4,}\.\d%"), network);

        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var report = await client.GetFromJsonAsync<JsonElement>("/api/reports/sources?compare=previous-period");
        var sessions = report.GetProperty("totals_changes").GetProperty("sessions");
        Assert.Equal("new", sessions.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, sessions.GetProperty("fraction").ValueKind);
        Assert.Contains("4 of its 30 days", sessions.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, report.GetProperty("compared_coverage").GetProperty("days_with_data").GetInt32());
    }

    [Fact]
    public async Task A_lower_cost_is_good_news_on_the_overview_and_equal_sessions_are_neither()
    {
        // Visits every day for 60 days; 120 minutes of staff time before, 60 now at 40 an hour: cost −50 %.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => Seed(db, workspace, days: 60, minutesBefore: 120, minutesNow: 60));
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var cards = Cards(await (await viewer.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync());

        Assert.Contains("<div class=\"change good\">-50.0 % vs before", cards["Cost (USD)"], StringComparison.Ordinal);
        Assert.Contains("<div class=\"change \">0.0 % vs before", cards["Sessions"], StringComparison.Ordinal);
        Assert.Contains("Nothing in either period.", cards["Contacts"], StringComparison.Ordinal);
        Assert.Contains("Social networks; was -100%", cards["ROI"], StringComparison.Ordinal);
    }

    private static void Seed(DuckDbDatabase db, Workspace workspace, int days, int minutesBefore, int minutesNow)
    {
        // Midnight UTC today: one visit on each of today and the days before, whatever the hour the test runs at
        // (an hour before now fell on yesterday between 00:00 and 01:00 UTC and shifted every day by one).
        var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        SeedViewerAndVisits(db, workspace, Enumerable.Range(0, days).Select(i => (now.AddDays(-i), "https://example.com/?utm_source=facebook&utm_medium=social", (string?)null)));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var setup = new DuckDbCostSetupStore(db);
        setup.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
        if (minutesNow > 0)
        {
            setup.Log(workspace, new TimeEntry(0, "Facebook", "ana", today.AddDays(-5), minutesNow));
        }

        if (minutesBefore > 0)
        {
            setup.Log(workspace, new TimeEntry(0, "Facebook", "ana", today.AddDays(-40), minutesBefore));
        }
    }

    // A viewer (viewer@example.com) and one pageview per visit, each by its own visitor.
    private static void SeedViewerAndVisits(DuckDbDatabase db, Workspace workspace, IEnumerable<(DateTimeOffset At, string Url, string? Referrer)> visits)
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        var events = visits
            .Select((v, i) => new TrackedEvent { EventId = $"e{i}", Timestamp = v.At, VisitorId = $"v{i}", Type = EventType.Pageview, Url = v.Url, Referrer = v.Referrer, Source = ChannelClassifier.Default.Classify(v.Url, v.Referrer) })
            .ToList();
        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
    }

    // Each headline card's HTML by its label.
    private static Dictionary<string, string> Cards(string html) =>
        Regex.Matches(html, "<div class=\"card\">\\s*<div class=\"label\">([^<]*)</div>(.*?)</div>\\s*</div>", RegexOptions.Singleline)
            .ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value);
}
