using System.Net;
using System.Text.RegularExpressions;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Signing in to the dashboard: cookies, anti-forgery, throttling, workspace isolation, security headers.</summary>
public sealed partial class DashboardSignInTests
{
    private sealed class Browser(HttpClient client) : SignedInBrowser(client);

    [Fact]
    public async Task A_member_signs_in_and_sees_only_their_workspace()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            var owner = users.Add("owner@example.com", Passwords.Hash("correct horse battery"));
            users.Grant(owner.Id, workspace, Payoff.Core.Access.Role.Owner);
            new DuckDbWorkspaceStore(db).CreateAsync("other-client", "UTC", "USD").GetAwaiter().GetResult();
        });

        var anonymous = new Browser(app.Client());
        var redirect = await anonymous.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/login", redirect.Headers.Location!.AbsolutePath);
        var login = await anonymous.SendAsync(HttpMethod.Get, "/login");
        Assert.Contains("script-src 'self'", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var browser = new Browser(app.Client());
        var signedIn = await browser.SignInAsync("Owner@Example.com", "correct horse battery");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.IsAbsoluteUri ? signedIn.Headers.Location.AbsolutePath : signedIn.Headers.Location.ToString());
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("payoff_session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));

        var overview = await browser.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        var html = await overview.Content.ReadAsStringAsync();
        Assert.Contains("<h1>default</h1>", html, StringComparison.Ordinal);
        Assert.Contains("No data in this period yet", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SendAsync(HttpMethod.Get, "/?w=other-client")).StatusCode);

        // Sign-out needs the anti-forgery token.
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SendAsync(HttpMethod.Post, "/logout", [])).StatusCode);
    }

    [Fact]
    public async Task The_sources_page_drills_down_and_exports_csv_with_formulas_neutralised()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            var now = DateTimeOffset.UtcNow.AddHours(-1);
            var url = "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=%3DHYPERLINK(%22x%22)<b>";
            var events = new[]
            {
                new Payoff.Core.Events.TrackedEvent { EventId = "e1", Timestamp = now, VisitorId = "v1", Type = Payoff.Core.Events.EventType.Pageview, Url = url, Source = Payoff.Core.Channels.ChannelClassifier.Default.Classify(url, null) },
            };
            new DuckDbImportStore(db).WriteAsync(workspace, new Payoff.Core.Importing.ImportRequest(Payoff.Core.Importing.ImportKind.Events, "seed", "seed", 1, 0), Payoff.Core.Importing.ImportRecords.Events, new Payoff.Core.Importing.InMemoryRows<Payoff.Core.Events.TrackedEvent>(events)).GetAwaiter().GetResult();
        });
        var browser = new Browser(app.Client());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(HttpMethod.Get, "/sources.csv")).StatusCode);
        await browser.SignInAsync("viewer@example.com", "a long viewer password");

        var networks = await (await browser.SendAsync(HttpMethod.Get, "/sources")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/sources?by=campaign&amp;network=Facebook\"", networks, StringComparison.Ordinal);
        var campaigns = await (await browser.SendAsync(HttpMethod.Get, "/sources?by=campaign&network=Facebook")).Content.ReadAsStringAsync();
        Assert.Contains("=HYPERLINK(&quot;x&quot;)&lt;b&gt;", campaigns, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", campaigns, StringComparison.Ordinal);

        var csv = await (await browser.SendAsync(HttpMethod.Get, "/sources.csv?by=campaign&network=Facebook")).Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")<b>\",1,0,0,0,0,,0", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SendAsync(HttpMethod.Get, "/sources.csv?w=nope")).StatusCode);
    }

    [Fact]
    public async Task An_editor_adds_a_goal_and_sees_its_smart_check_while_a_viewer_cannot()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Payoff.Core.Access.Role.Editor);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var deadline = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Goal(string token) => new()
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = "goal",
            ["Form.Name"] = "LinkedIn leads", ["Form.Metric"] = "contacts", ["Form.Network"] = "linkedin", ["Form.Target"] = "30", ["Form.Deadline"] = deadline,
        };

        var editor = new Browser(app.Client());
        await editor.SignInAsync("editor@example.com", "a long editor password");
        var page = await (await editor.SendAsync(HttpMethod.Get, "/goals")).Content.ReadAsStringAsync();
        Assert.Contains("Add a goal", page, StringComparison.Ordinal);
        var added = await (await editor.SendAsync(HttpMethod.Post, "/goals", Goal(TokenPattern().Match(page).Groups[1].Value))).Content.ReadAsStringAsync();
        Assert.Contains("Goal “LinkedIn leads” saved", added, StringComparison.Ordinal);
        Assert.Contains("Not measurable", added, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\">LinkedIn</td>", added, StringComparison.Ordinal);

        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        var viewerPage = await (await viewer.SendAsync(HttpMethod.Get, "/goals")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Add a goal", viewerPage, StringComparison.Ordinal);
        var refused = await viewer.SendAsync(HttpMethod.Post, "/goals", Goal(TokenPattern().Match(viewerPage).Groups[1].Value));
        // The viewer's page has no goal form, so the post is refused (400); the handler refuses a viewer too (403).
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.Equal(1, app.Count("SELECT count(*) FROM goals"));
    }

    [Theory]
    [InlineData("/goals", "/goals")]
    [InlineData("//evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Return_urls_stay_on_this_site(string? url, string expected) =>
        Assert.Equal(expected, Payoff.Web.Components.Pages.Login.LocalReturnUrl(url));

    private static Regex TokenPattern() => SignedInBrowser.TokenPattern();
}
