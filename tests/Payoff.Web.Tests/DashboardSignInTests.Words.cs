using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Plain words (issue 15 §1 and §3): the overview answers first, and no page shows an internal enum name.</summary>
public sealed partial class DashboardSignInTests
{
    /// <summary>The enums' member names as C# spells them: never page text (their labels are "Off track", "Traffic driver", …).</summary>
    private static readonly string[] InternalNames =
        ["OffTrack", "OnTrack", "AtRisk", "NoData", "TrafficDriver", "AwarenessBuilder", "LeadGenerator", "ReduceTime", "NotEnoughData", "off-track", "on-track", "at-risk", "reduce-time", "not-enough-data", "traffic-driver", "lead-generator", "awareness-builder", "hold-budget", "goal-off-track", "goal-at-risk", "first-touch", "last-non-direct", "time-decay", "position-based"];

    [Fact]
    public async Task The_overview_opens_with_what_to_do_now_above_its_cards_and_no_page_shows_an_internal_enum_name()
    {
        await using var app = VerdictSite();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var added = await writer.PostAsJsonAsync("/api/goals", new { name = "LinkedIn leads", metric = "sessions", target = 1_000_000, deadline = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        var (viewer, _) = await VerdictViewerAsync(app);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);

        var overview = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync());
        var first = overview.IndexOf("What to do now", StringComparison.Ordinal);
        Assert.InRange(first, 0, overview.IndexOf("class=\"cards\"", StringComparison.Ordinal));
        // The same lines as the API's and the CLI's, in the same order.
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/reports/actions");
        var sentences = api.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("sentence").GetString()!).ToList();
        Assert.Contains(sentences, s => s.StartsWith("Goal 'LinkedIn leads' is off track:", StringComparison.Ordinal));
        // The page joins a number and its % sign with a no-break space; the words and numbers are the API's.
        var shown = sentences.Select(Payoff.Web.Goals.PercentText.NoBreak).ToList();
        Assert.Equal(shown, shown.OrderBy(s => overview.IndexOf(s, StringComparison.Ordinal)));
        Assert.All(shown, s => Assert.InRange(overview.IndexOf(s, StringComparison.Ordinal), first, overview.IndexOf("class=\"cards\"", StringComparison.Ordinal)));
        Assert.Contains("<span class=\"badge badge-bad\">Off track</span>", overview, StringComparison.Ordinal);

        foreach (var page in new[] { "/", "/goals", "/network?n=linkedin", "/roi", "/sources", "/attribution", "/imports", "/links", "/settings" })
        {
            var response = await viewer.SendAsync(HttpMethod.Get, page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = Text(await response.Content.ReadAsStringAsync());
            Assert.All(InternalNames, name => Assert.False(text.Contains(name, StringComparison.Ordinal), $"{page} shows '{name}'"));
        }
    }

    [Fact]
    public async Task Pages_show_roles_key_scopes_and_import_kinds_by_their_labels_and_never_their_machine_names()
    {
        // The bug: Settings listed "owner" and "read", the invitation said "as editor", the import history "events".
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("owner@example.com", Passwords.Hash("a long owner password")).Id, workspace, Payoff.Core.Access.Role.Owner);
            users.Add("member@example.com", Passwords.Hash("a long member password"));
            var events = new[] { new TrackedEvent { EventId = "e1", Timestamp = DateTimeOffset.UtcNow.AddHours(-1), VisitorId = "v1", Type = EventType.Pageview, Url = "https://example.com/", Source = Payoff.Core.Channels.ChannelClassifier.Default.Classify("https://example.com/", null) } };
            new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "visits.csv", "seed", 1, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
        });
        var owner = new Browser(app.Client());
        await owner.SignInAsync("owner@example.com", "a long owner password");

        var invited = await (await owner.PostFormAsync("/settings", "member", new() { ["MemberForm[email]"] = "member@example.com", ["MemberForm[role]"] = "editor" })).Content.ReadAsStringAsync();
        Assert.Contains("Invitation for member@example.com as Editor", invited, StringComparison.Ordinal);
        var settings = await (await owner.GetAsync("/settings")).Content.ReadAsStringAsync();
        Assert.Contains("Your role here: Owner.", settings, StringComparison.Ordinal);
        Assert.Contains("<td>owner@example.com</td><td>Owner</td>", settings, StringComparison.Ordinal);
        Assert.Contains("<td>member@example.com</td><td>Editor</td>", settings, StringComparison.Ordinal);
        Assert.Contains("<td>Read only</td>", settings, StringComparison.Ordinal);
        Assert.Contains("<td>Read and write</td>", settings, StringComparison.Ordinal);
        Assert.Matches("<option value=\"viewer\" selected[^>]*>Viewer</option>", settings);
        Assert.Contains("<option value=\"read\">Read only</option>", settings, StringComparison.Ordinal);
        Assert.All(new[] { "<td>owner</td>", "<td>editor</td>", "<td>read</td>", "<td>write</td>", ">viewer</option>", ">read</option>" }, name => Assert.DoesNotContain(name, settings, StringComparison.Ordinal));

        var member = new Browser(app.Client());
        await member.SignInAsync("member@example.com", "a long member password");
        var link = new Uri(WebUtility.HtmlDecode(Regex.Match(invited, @"https?://[^<""\s]+/invite\?token=[^<""\s]+").Value)).PathAndQuery;
        var invitation = WebUtility.HtmlDecode(await (await member.GetAsync(link)).Content.ReadAsStringAsync());
        Assert.Contains("as <strong>Editor</strong>", invitation, StringComparison.Ordinal);

        var imports = Text(await (await owner.GetAsync("/imports")).Content.ReadAsStringAsync());
        Assert.Matches(@"visits\.csv\s+Tracked events\s", imports);
        Assert.DoesNotMatch(@"visits\.csv\s+events\s", imports);
    }

    [Fact]
    public async Task The_attribution_page_names_models_and_roles_by_their_labels_while_the_api_keeps_machine_names()
    {
        // The bug (QA 15): the page showed "first-touch", "markov", "closer".
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var site = app.Site.SiteKey;
        await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/?utm_source=linkedin&utm_medium=social","visitor":"visitor-one","event_id":"p1"}""");
        await app.SendAsync($$"""{"site":"{{site}}","type":"lead","visitor":"visitor-one","event_id":"l1","contact_id":"crm-1"}""");
        await app.FlushAsync();
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var page = Text(await (await viewer.GetAsync("/attribution")).Content.ReadAsStringAsync());
        Assert.All(new[] { "First touch", "Last non-direct touch", "Time decay", "Position-based (40/20/40)", "Markov chain (removal effect)", "Shapley value", "Closer" }, label => Assert.Contains(label, page, StringComparison.Ordinal));
        Assert.All(new[] { "first-touch", "last-non-direct", "time-decay", "position-based", "markov", "shapley", "closer", "assister" }, name => Assert.DoesNotContain(name, page, StringComparison.Ordinal));
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        Assert.Equal("closer", (await reader.GetFromJsonAsync<JsonElement>("/api/reports/paths")).GetProperty("roles")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task What_to_do_now_names_the_months_it_judges_and_links_the_roi_page_for_exactly_those_days()
    {
        // The bug (QA 15): the list judged the last three complete months under a page showing the last 30 days, and did not say so.
        await using var app = VerdictSite();
        var (viewer, period) = await VerdictViewerAsync(app);

        var overview = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync());

        Assert.Contains($"What to do now — judged on {period.Heading}, the last three complete months", overview, StringComparison.Ordinal);
        var from = period.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = period.Range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($"<a href=\"/roi\\?from={from}&to={to}\">the ROI page for {from} to {to}</a>", overview);
    }

    [Fact]
    public async Task Campaign_rows_over_every_network_name_their_network_so_two_not_set_rows_can_be_told_apart()
    {
        // The bug (QA 15): /sources?by=campaign showed nine rows all "(not set)" and no network.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            var events = new[] { "linkedin", "facebook" }.Select((network, i) =>
            {
                var url = $"https://example.com/?utm_source={network}&utm_medium=social";
                return new TrackedEvent { EventId = $"e{i}", Timestamp = DateTimeOffset.UtcNow.AddHours(-1 - i), VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = Payoff.Core.Channels.ChannelClassifier.Default.Classify(url, null) };
            }).ToArray();
            new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "visits.csv", "seed", events.Length, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
        });
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var all = Text(await (await viewer.GetAsync("/sources?by=campaign")).Content.ReadAsStringAsync());
        Assert.Contains("(not set) · LinkedIn", all, StringComparison.Ordinal);
        Assert.Contains("(not set) · Facebook", all, StringComparison.Ordinal);
        var one = Text(await (await viewer.GetAsync("/sources?by=campaign&network=LinkedIn")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("· LinkedIn", one, StringComparison.Ordinal);
    }

    /// <summary>What a person reads: the body without tags, scripts and styles (attribute values such as CSS classes are not text).</summary>
    private static string Text(string html) =>
        WebUtility.HtmlDecode(TagPattern().Replace(ScriptPattern().Replace(html, " "), " "));

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
