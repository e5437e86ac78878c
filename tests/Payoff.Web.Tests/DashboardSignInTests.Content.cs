using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The Content page and the network page's content part (issue 17 §1–§5, §7): the API's figures and sentences, encoded; experiments started and stopped by editors only.</summary>
public sealed partial class DashboardSignInTests
{
    private static readonly DateOnly ContentToday = DateOnly.FromDateTime(DateTime.UtcNow);

    // ContentSeed's twelve LinkedIn posts; an editor and a viewer.
    private static PayoffAppFactory ContentSite() => new PayoffAppFactory().WithSite(seed: (db, workspace) =>
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Payoff.Core.Access.Role.Editor);
        users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        ContentSeed.VideosAndImages(db, workspace, ContentToday.AddDays(-20));
    });

    [Fact]
    public async Task The_content_page_shows_the_apis_findings_posts_hashtags_and_heatmap_with_captions_encoded()
    {
        await using var app = ContentSite();
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/reports/content?by=type");
        var finding = api.GetProperty("comparisons")[0].GetProperty("finding").GetString()!;
        Assert.Equal("video beats image on LinkedIn: 5.3 % vs 1.3 % engagement per impression (p = 0.002, 6 and 6 posts).", finding);

        var page = await viewer.SendAsync(HttpMethod.Get, "/content");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');
        Assert.Contains(finding, text, StringComparison.Ordinal);
        Assert.Contains("<h2>Top and bottom posts", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Hashtags", html, StringComparison.Ordinal);
        Assert.Contains("#café", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // The heatmap: Thursday-or-whichever 09:00 cells in the workspace's zone (UTC), two posts each at most: greyed, not ranked.
        Assert.Contains("class=\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"heat sparse\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("heat-5", html, StringComparison.Ordinal);
        Assert.Contains("No hour has 5 posts on any network in these days", text, StringComparison.Ordinal);

        // The same page as the CSV: formulas neutralised.
        var csv = await (await viewer.SendAsync(HttpMethod.Get, "/export/content?table=posts&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await viewer.SendAsync(HttpMethod.Get, "/export/content?table=best-time&format=xlsx")).StatusCode);

        // A wrong option answers 400 with the API's sentence; an unknown network names the page's field.
        var bad = await viewer.SendAsync(HttpMethod.Get, "/content?by=colour");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("by must be post, type, label, hashtag, month or utm-content, not &#x27;colour&#x27;", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await viewer.SendAsync(HttpMethod.Get, "/content?n=Nosuchnet");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.SendAsync(HttpMethod.Get, "/export/content?table=posts&format=csv&by=colour")).StatusCode);

        // The network page: the same finding and top posts, and its experiment log.
        var network = WebUtility.HtmlDecode(await (await viewer.SendAsync(HttpMethod.Get, "/network?n=linkedin")).Content.ReadAsStringAsync()).Replace('\u00a0', ' ');
        Assert.Contains("<h2 id=\"content\">Content</h2>", network, StringComparison.Ordinal);
        Assert.Contains(finding, network, StringComparison.Ordinal);
        Assert.Contains("No experiments on LinkedIn yet", network, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_starts_and_stops_an_experiment_on_the_content_page_and_a_viewer_cannot()
    {
        await using var app = ContentSite();
        var until = ContentToday.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var from = ContentToday.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Experiment(string page, string name) => new()
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value), ["_handler"] = "experiment",
            ["ExperimentForm[Network]"] = "linkedin", ["ExperimentForm[Name]"] = name, ["ExperimentForm[Variants]"] = "video,image",
            ["ExperimentForm[Assign]"] = "type", ["ExperimentForm[Metric]"] = "engagement-rate", ["ExperimentForm[From]"] = from, ["ExperimentForm[Until]"] = until,
        };

        var editor = new Browser(app.Client());
        await editor.SignInAsync("editor@example.com", "a long editor password");
        var page = await (await editor.SendAsync(HttpMethod.Get, "/content")).Content.ReadAsStringAsync();
        Assert.Contains("Start an experiment", page, StringComparison.Ordinal);
        var added = WebUtility.HtmlDecode(await (await editor.SendAsync(HttpMethod.Post, "/content", Experiment(page, "Video <b>vs</b> image"))).Content.ReadAsStringAsync());
        Assert.Contains("Experiment “Video <b>vs</b> image” added", added.Replace("&lt;", "<").Replace("&gt;", ">"), StringComparison.Ordinal);
        Assert.Equal(1, app.Count("SELECT count(*) FROM experiments"));

        // The same name again: refused with the handler's sentence, nothing stored twice.
        var again = await editor.SendAsync(HttpMethod.Post, "/content", Experiment(page, "VIDEO <B>VS</B> IMAGE"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        // The refused form keeps what was typed, beside the reason.
        var refusedForm = await again.Content.ReadAsStringAsync();
        Assert.Contains("value=\"VIDEO &lt;B&gt;VS&lt;/B&gt; IMAGE\"", refusedForm, StringComparison.Ordinal);
        Assert.Contains("#start-experiment", refusedForm, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("SELECT count(*) FROM experiments"));

        var shown = await (await editor.SendAsync(HttpMethod.Get, "/content")).Content.ReadAsStringAsync();
        Assert.Contains("Stop it", shown, StringComparison.Ordinal);
        var stop = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(shown).Groups[1].Value), ["_handler"] = "stop", ["StopForm[Name]"] = "Video <b>vs</b> image",
        };
        var stopped = WebUtility.HtmlDecode(await (await editor.SendAsync(HttpMethod.Post, "/content", stop)).Content.ReadAsStringAsync());
        Assert.Contains("stopped:", stopped, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("SELECT count(*) FROM experiments WHERE lower(outcome) = 'stopped'"));

        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        var viewerPage = await (await viewer.SendAsync(HttpMethod.Get, "/content")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Start an experiment", viewerPage, StringComparison.Ordinal);
        var refused = await viewer.SendAsync(HttpMethod.Post, "/content", Experiment(viewerPage, "Sneaky"));
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.Equal(1, app.Count("SELECT count(*) FROM experiments"));
    }

    [Fact]
    public void The_pages_posts_table_links_captions_to_their_web_address_only_and_leaves_out_empty_columns()
    {
        var table = new Payoff.Application.Tables.ReportTable("posts", "Posts",
            [new("Network"), new("Rank"), new("Post"), new("Views", Payoff.Application.Tables.CellKind.Count), new("Reach", Payoff.Application.Tables.CellKind.Count), new("Permalink")],
            [new(["LinkedIn", "top 1", new string('x', 200), null, 10L, "https://www.linkedin.com/feed/update/1"]), new(["LinkedIn", "top 2", "second", null, 5L, "javascript:alert(1)"])]);

        var view = Payoff.Web.Content.ContentModel.Compact(table);

        Assert.Equal(["Network", "Rank", "Post", "Reach"], view.Columns.Select(c => c.Header));
        Assert.Equal(("https://www.linkedin.com/feed/update/1", 2), (view.Rows[0].Link, view.Rows[0].LinkCell));
        Assert.Null(view.Rows[1].Link);
        Assert.Equal(80, ((string)view.Rows[0].Cells[2]!).Length);
    }
}
