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
        ["OffTrack", "OnTrack", "AtRisk", "NoData", "TrafficDriver", "AwarenessBuilder", "LeadGenerator", "ReduceTime", "NotEnoughData", "off-track", "on-track", "at-risk", "reduce-time", "not-enough-data", "traffic-driver", "lead-generator", "awareness-builder"];

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
        Assert.Equal(sentences, sentences.OrderBy(s => overview.IndexOf(s, StringComparison.Ordinal)));
        Assert.All(sentences, s => Assert.InRange(overview.IndexOf(s, StringComparison.Ordinal), first, overview.IndexOf("class=\"cards\"", StringComparison.Ordinal)));
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

    /// <summary>What a person reads: the body without tags, scripts and styles (attribute values such as CSS classes are not text).</summary>
    private static string Text(string html) =>
        WebUtility.HtmlDecode(TagPattern().Replace(ScriptPattern().Replace(html, " "), " "));

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
