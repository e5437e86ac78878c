using System.Net;
using System.Net.Http.Json;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Issue 15's goals QA: a wrong goal number, the stale pre-filled baseline, metric labels, link texts, no-break %.</summary>
public sealed partial class DashboardSignInTests
{
    private static async Task<Browser> EditorAsync(PayoffAppFactory app)
    {
        var editor = new Browser(app.Client());
        await editor.SignInAsync("editor@example.com", "a long editor password");
        return editor;
    }

    private static PayoffAppFactory AppWithEditor() => new PayoffAppFactory().WithSite(seed: (db, workspace) =>
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Payoff.Core.Access.Role.Editor);
    });

    [Fact]
    public async Task Regression_a_goal_number_that_is_wrong_or_missing_gets_the_styled_goals_page_with_a_sentence()
    {
        await using var app = AppWithEditor();
        var editor = await EditorAsync(app);

        var letters = await editor.SendAsync(HttpMethod.Get, "/goals?goal=abc");
        var lettersPage = await letters.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, letters.StatusCode);
        Assert.Contains("<h1>Goals</h1>", lettersPage, StringComparison.Ordinal);
        Assert.Contains("rel=\"stylesheet\"", lettersPage, StringComparison.Ordinal);
        Assert.Contains("goal must be a goal number (such as 1), not &#x27;abc&#x27;.", lettersPage, StringComparison.Ordinal);

        var missing = await editor.SendAsync(HttpMethod.Get, "/goals?goal=999");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var missingPage = await missing.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Goals</h1>", missingPage, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" role=\"alert\">There is no goal 999 in this workspace.</p>", missingPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regression_a_goal_posted_before_its_new_baseline_arrived_is_measured_for_its_own_metric_not_the_previous_ones()
    {
        await using var app = AppWithEditor();
        var editor = await EditorAsync(app);
        var page = await (await editor.SendAsync(HttpMethod.Get, "/goals")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"Form.SuggestedFor\"", page, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);

        // The bug: followers' 81074 pre-filled, the metric changed to sessions and sent at once: the goal kept 81074.
        Dictionary<string, string> Post(string name, string suggestedFor) => new()
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "goal",
            ["Form.Name"] = name, ["Form.Metric"] = "sessions", ["Form.Network"] = "LinkedIn", ["Form.Target"] = "500",
            ["Form.Start"] = "2026-11-01", ["Form.Deadline"] = "2027-01-31",
            ["Form.Baseline"] = "81074", ["Form.Suggested"] = "81074", ["Form.SuggestedFor"] = suggestedFor,
        };
        await editor.SendAsync(HttpMethod.Post, "/goals", Post("Stale", "followers|||2026-11-01"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM goals WHERE name = 'Stale'"));
        Assert.Equal(0, app.Count("SELECT count(*) FROM goals WHERE name = 'Stale' AND baseline = 81074"));

        // A baseline measured for the fields posted, or typed over the suggestion, is kept.
        await editor.SendAsync(HttpMethod.Post, "/goals", Post("Fresh", "sessions|LinkedIn||2026-11-01"));
        Assert.Equal(1, app.Count("SELECT count(*) FROM goals WHERE name = 'Fresh' AND baseline = 81074"));
    }

    [Fact]
    public async Task Regression_goal_metrics_show_as_words_and_each_goal_link_names_its_goal()
    {
        await using var app = AppWithEditor();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        foreach (var name in new[] { "Leads from LinkedIn", "Leads from Facebook" })
        {
            var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/goals", new { name, metric = "contacts", target = 30, deadline })).StatusCode);
        }

        var editor = await EditorAsync(app);
        var goals = await (await editor.SendAsync(HttpMethod.Get, "/goals")).Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"new-followers\">New followers</option>", goals, StringComparison.Ordinal);
        Assert.Contains(">Cost per lead (CPL)</option>", goals, StringComparison.Ordinal);
        Assert.DoesNotContain(">new-followers<", goals, StringComparison.Ordinal);
        Assert.Contains("Contacts (leads), by", goals, StringComparison.Ordinal);

        var overview = await (await editor.SendAsync(HttpMethod.Get, "/")).Content.ReadAsStringAsync();
        Assert.Matches("<a href=\"/goals\\?goal=1[^\"]*\">Leads from LinkedIn</a>", overview);
        Assert.DoesNotMatch("<a href=\"/goals\\?goal=1[^\"]*\">1</a>", overview);
        Assert.DoesNotContain(">the goal</a>", overview, StringComparison.Ordinal);
        Assert.Contains("Contacts (leads)", overview, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_a_percentage_in_goal_text_never_wraps_before_its_sign() =>
        Assert.Equal("a 3\u00A0% chance, < 1\u00A0%, 59.4% of the way", Payoff.Web.Goals.PercentText.NoBreak("a 3 % chance, < 1 %, 59.4% of the way"));
}
