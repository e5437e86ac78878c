using System.Net;
using Payoff.Core.Channels;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Text that visitors, imports and the public site key control (campaigns, contents, terms, goal names,
/// people, links) shown on every page, chart and table, only ever as encoded text.
/// </summary>
public sealed class HostileTextTests
{
    private const string Refresh = "<meta http-equiv=refresh content=0;url=https://evil.example>";
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";

    // Where each would become markup if it were written unencoded (compared case-insensitively:
    // campaign names may be lower-cased on the way in).
    private static readonly string[] Raw = ["<meta http-equiv", "<script>alert", "<img src=x"];

    public static TheoryData<string> Pages() =>
    [
        "/", "/sources", "/sources?by=campaign&network=Facebook", "/sources?by=content&network=Facebook",
        "/network?n=Facebook", "/roi", "/roi?by=campaign", "/attribution", "/attribution?by=campaign", "/attribution?by=channel",
        "/attribution?by=campaign&conversion=customer", "/goals", "/goals?goal=1", "/links", "/imports", "/settings",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Hostile_names_in_charts_and_tables_are_shown_only_encoded(string page)
    {
        // Regression (issue 13 §4.1): a campaign named <meta http-equiv=refresh …> was written
        // unencoded into the axis labels of /attribution?by=campaign and /roi?by=campaign and
        // redirected a signed-in browser to another site.
        await using var app = Seeded();
        var browser = new SignedInBrowser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");

        var response = await browser.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var raw in Raw)
        {
            Assert.DoesNotContain(raw, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_campaign_charts_show_a_hostile_campaign_name_as_text()
    {
        await using var app = Seeded();
        var browser = new SignedInBrowser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");

        foreach (var page in new[] { "/attribution?by=campaign", "/roi?by=campaign" })
        {
            var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
            var chart = html[html.IndexOf("<figure class=\"chart\"", StringComparison.Ordinal)..];
            chart = chart[..(chart.IndexOf("</figure>", StringComparison.Ordinal) + 9)];
            Assert.Contains("&lt;meta", chart, StringComparison.Ordinal);
            Assert.Contains($"Facebook / {Refresh}", WebUtility.HtmlDecode(chart), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_chart_data_block_holds_hostile_names_as_json_that_cannot_close_its_script_element()
    {
        // Issue 15: the charts' figures travel as JSON in <script type="application/json"> (never run). A label
        // with "</script>" must not end that element: the JSON encoder writes < as \u003C.
        await using var app = Seeded();
        var browser = new SignedInBrowser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");

        foreach (var page in new[] { "/roi?by=campaign", "/attribution?by=campaign", "/network?n=Facebook", "/" })
        {
            var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
            var start = html.IndexOf("<script type=\"application/json\" class=\"chart-data\">", StringComparison.Ordinal);
            Assert.True(start >= 0, page);
            start = html.IndexOf('>', start) + 1;
            var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
            Assert.DoesNotContain("<", json, StringComparison.Ordinal);
            using var data = System.Text.Json.JsonDocument.Parse(json);
            var labels = data.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
            if (page.Contains("by=campaign", StringComparison.Ordinal))
            {
                Assert.Contains($"Facebook / {Script}", labels);
                Assert.Contains($"Facebook / {Refresh}", labels);
            }
        }
    }

    private static PayoffAppFactory Seeded() => new PayoffAppFactory().WithSite(seed: (db, workspace) =>
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("owner@example.com", Passwords.Hash("a long owner password")).Id, workspace, Payoff.Core.Access.Role.Owner);
        var now = DateTimeOffset.UtcNow.AddHours(-1);
        var events = new List<TrackedEvent>();
        var names = new[] { Refresh, Script, Attribute };
        for (var i = 0; i < names.Length; i++)
        {
            var url = "https://example.com/?utm_source=facebook&utm_medium=social"
                + $"&utm_campaign={Uri.EscapeDataString(names[i])}&utm_content={Uri.EscapeDataString(names[(i + 1) % 3])}&utm_term={Uri.EscapeDataString(names[(i + 2) % 3])}";
            var source = ChannelClassifier.Default.Classify(url, null);
            events.Add(new TrackedEvent { EventId = $"p{i}", Timestamp = now.AddDays(-i), VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = source });
            events.Add(new TrackedEvent { EventId = $"l{i}", Timestamp = now.AddDays(-i).AddMinutes(1), VisitorId = $"v{i}", Type = EventType.Lead, ContactId = $"c{i}", Url = url, Source = source });
            events.Add(new TrackedEvent { EventId = $"c{i}", Timestamp = now.AddDays(-i).AddMinutes(2), VisitorId = $"v{i}", Type = EventType.Customer, ContactId = $"c{i}", Value = 100, Currency = "USD", Url = url, Source = source });
        }

        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, Refresh + ".csv", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
        var setup = new DuckDbCostSetupStore(db);
        setup.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
        setup.Log(workspace, new TimeEntry(0, "Facebook", Script, DateOnly.FromDateTime(now.UtcDateTime), 90, Attribute));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        new DuckDbGoalStore(db).Add(workspace, new Goal
        {
            Name = Refresh, Metric = GoalMetrics.Find("contacts")!, Scope = new GoalScope("Facebook", Script, Attribute), Target = 30,
            Start = today.AddDays(-20), Deadline = today.AddDays(30),
        });
        new DuckDbLinkStore(db).Add(workspace, "spring", "https://example.com/spring", new LinkTags("facebook", "social", Refresh));
        new DuckDbApiKeyStore(db).Create(workspace, Script, Payoff.Core.Access.ApiKeyScope.Read);
    });
}
