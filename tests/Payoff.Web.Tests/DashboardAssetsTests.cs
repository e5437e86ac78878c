using System.Net;
using System.Text.RegularExpressions;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The dashboard's style sheet and scripts: linked by a versioned address kept a year, revalidated by their ETag without it.</summary>
public sealed partial class DashboardAssetsTests
{
    [Fact]
    public void Chart_axes_format_numbers_with_latin_digits_as_the_tables_do()
    {
        // The bug (QA 15): an ar-SA chart read its axis in Arabic-Indic digits while .NET writes the tables' in Latin ones.
        using var stream = typeof(Payoff.Web.Components.DashboardScope).Assembly.GetManifestResourceStream("Payoff.Web.Components.Charts.charts.js")!;
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();

        Assert.Equal(2, Regex.Count(script, @"new Intl\.NumberFormat\("));
        Assert.Equal(2, Regex.Count(script, @"numberingSystem: 'latn'"));
    }

    [Fact]
    public async Task App_css_dashboard_js_and_charts_js_are_linked_by_version_cached_a_year_and_a_new_version_is_picked_up()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var browser = new SignedInBrowser(app.Client());
        await browser.SignInAsync("viewer@example.com", "a long viewer password");
        var page = await (await browser.GetAsync("/")).Content.ReadAsStringAsync();
        var client = app.Client();

        foreach (var (path, type, marker) in new[] { ("/app.css", "text/css", "--accent"), ("/dashboard.js", "text/javascript", "document"), ("/charts.js", "text/javascript", "echarts.init") })
        {
            var url = WebUtility.HtmlDecode(Assert.Single(AssetLinks().Matches(page), m => m.Groups[2].Value == path).Groups[1].Value);
            Assert.Matches(@"\?v=[0-9a-f]{16}$", url);

            // The linked version: kept a year, never revalidated; a new build's file has a new address.
            var current = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
            Assert.StartsWith(type, current.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            Assert.Contains("max-age=31536000", current.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains("immutable", current.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains(marker, await current.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var etag = current.Headers.ETag!.ToString();
            Assert.Equal($"\"{url[(url.IndexOf("?v=", StringComparison.Ordinal) + 3)..]}\"", etag);

            // Without the version, or with an old one (a page cached before an upgrade): revalidated every time, 304 while unchanged.
            foreach (var other in new[] { path, path + "?v=0000000000000000" })
            {
                var unversioned = await client.GetAsync(other);
                Assert.Equal("no-cache", unversioned.Headers.CacheControl!.ToString());
                Assert.Equal(etag, unversioned.Headers.ETag!.ToString());
                using var again = new HttpRequestMessage(HttpMethod.Get, other);
                again.Headers.TryAddWithoutValidation("If-None-Match", etag);
                Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"((/[a-z]+\\.(?:css|js))\\?v=[^\"]*)\"")]
    private static partial Regex AssetLinks();
}
