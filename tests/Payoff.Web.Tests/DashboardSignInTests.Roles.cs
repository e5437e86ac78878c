using System.Net;
using System.Net.Http.Headers;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Role checks on every write the pages make, and exports scoped to the workspace.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task A_viewer_cannot_write_through_any_page_and_an_admin_can()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            users.Grant(users.Add("admin@example.com", Passwords.Hash("a long admin password")).Id, workspace, Payoff.Core.Access.Role.Admin);
        });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var writes = new (string Path, string Handler, Dictionary<string, string> Fields, string Table)[]
        {
            ("/roi", "time", new() { ["TimeForm[Day]"] = today, ["TimeForm[Network]"] = "facebook", ["TimeForm[Person]"] = "ana", ["TimeForm[Minutes]"] = "90" }, "time_entries"),
            ("/roi", "rate", new() { ["RateForm[Person]"] = "ana", ["RateForm[Rate]"] = "45" }, "hourly_rates"),
            ("/roi", "fee", new() { ["FeeForm[Name]"] = "Tool", ["FeeForm[Monthly]"] = "99", ["FeeForm[Shares]"] = "facebook=1", ["FeeForm[From]"] = today }, "fees"),
            ("/roi", "currency", new() { ["CurrencyForm[Currency]"] = "EUR", ["CurrencyForm[Rate]"] = "1.1" }, "currency_rates"),
            ("/links", "link", new() { ["LinkForm[to]"] = "https://example.com/a", ["LinkForm[source]"] = "facebook", ["LinkForm[medium]"] = "social", ["LinkForm[campaign]"] = "spring" }, "links"),
            ("/settings", "key", new() { ["KeyForm[name]"] = "sheet", ["KeyForm[scope]"] = "read" }, "api_keys"),
            ("/settings", "site", new() { ["SiteForm[domain]"] = "shop.example.org" }, "sites"),
        };

        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        var admin = new Browser(app.Client());
        await admin.SignInAsync("admin@example.com", "a long admin password");
        foreach (var (path, handler, fields, table) in writes)
        {
            var before = app.Count($"SELECT count(*) FROM {table}");
            var page = await (await viewer.SendAsync(HttpMethod.Get, path)).Content.ReadAsStringAsync();
            var refused = await viewer.SendAsync(HttpMethod.Post, path, Form(page, handler, fields));
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{path} {handler}: {refused.StatusCode}");
            Assert.Equal(before, app.Count($"SELECT count(*) FROM {table}"));

            var adminPage = await (await admin.SendAsync(HttpMethod.Get, path)).Content.ReadAsStringAsync();
            var done = await admin.SendAsync(HttpMethod.Post, path, Form(adminPage, handler, fields));
            Assert.True(done.StatusCode == HttpStatusCode.OK, $"{path} {handler}: {done.StatusCode} {await done.Content.ReadAsStringAsync()}");
            Assert.Equal(before + 1, app.Count($"SELECT count(*) FROM {table}"));
            if (handler == "time")
            {
                // The page shown after the write is recomputed, not the cached one from before it.
                Assert.Contains(">ana</td>", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        // The upload of files to check is refused to a viewer as well (before the body is read).
        var upload = new MultipartFormDataContent { { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "x.csv" } };
        var viewerImports = await (await viewer.SendAsync(HttpMethod.Get, "/imports")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("upload-form", viewerImports, StringComparison.Ordinal);
        var noToken = await viewer.SendAsync(HttpMethod.Post, "/imports/check", content: upload);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task Exports_of_every_page_answer_404_for_another_workspace_and_hold_the_pages_rows()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            new DuckDbWorkspaceStore(db).CreateAsync("other-client", "UTC", "USD").GetAwaiter().GetResult();
        });
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        foreach (var (page, table) in new[] { ("overview", "networks"), ("sources", "sources"), ("roi", "roi"), ("roi", "time"), ("attribution", "models"), ("links", "links"), ("goals", "goals"), ("imports", "history"), ("network", "monthly") })
        {
            var query = $"/export/{page}?table={table}&format=xlsx&n=facebook";
            var mine = await viewer.SendAsync(HttpMethod.Get, query);
            Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{page}/{table}: {mine.StatusCode}");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", mine.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await viewer.SendAsync(HttpMethod.Get, query + "&w=other-client")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await viewer.SendAsync(HttpMethod.Get, query + "&w=no-such")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.SendAsync(HttpMethod.Get, "/export/overview?table=nope&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.SendAsync(HttpMethod.Get, "/export/overview?table=networks&format=pdf")).StatusCode);
    }

    private static Dictionary<string, string> Form(string page, string handler, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value),
            ["_handler"] = handler,
        };
        return form;
    }
}
