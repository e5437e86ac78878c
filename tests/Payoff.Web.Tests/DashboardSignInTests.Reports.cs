using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Payoff.Cli.Tests.Publishing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Reports on the dashboard (issue 20): the Reports page's PDF download holds the API's figures; an admin creates a share
/// link that shows the report without sign-in — no navigation, no forms, no script, not indexed, each opening logged — and
/// stops working when revoked; white-label settings change the PDF and the shared view; a viewer cannot create links.
/// </summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task A_share_link_shows_the_report_without_sign_in_until_revoked_and_white_label_changes_pdf_and_view()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("admin@example.com", Passwords.Hash("a long admin password")).Id, workspace, Payoff.Core.Access.Role.Admin);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var events = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        for (var i = 0; i < 12; i++)
        {
            events.Append(CultureInfo.InvariantCulture, $"e{i},{At(1 + (i % 3), i)},v{i},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring,,,,,\n");
        }

        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(events.ToString()));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", "events.csv");
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/api/imports?kind=events", form)).StatusCode);
        var from = DateTime.UtcNow.Date.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var sources = await reader.GetFromJsonAsync<JsonElement>($"/api/reports/sources?from={from}&to={to}&by=network");
        var sessions = sources.GetProperty("totals").GetProperty("sessions").GetInt64();
        Assert.Equal(12, sessions);

        // The Reports page and its download: the PDF holds the API's figures for the same days.
        var admin = new Browser(app.Client());
        await admin.SignInAsync("admin@example.com", "a long admin password");
        var page = await admin.GetAsync("/reports");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Download PDF", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var download = await admin.GetAsync($"/reports/pdf?template=weekly-summary&from={from}&to={to}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var pdf = new PdfText(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains($"{from} to {to} (UTC)", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Facebook", pdf.Words);
        Assert.Contains("Made with Payoff", pdf.All, StringComparison.Ordinal);
        var api = await reader.GetAsync($"/api/templates/weekly-summary/pdf?from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/templates/nope/pdf")).StatusCode);
        var archive = await reader.GetFromJsonAsync<JsonElement>("/api/archive");
        Assert.Equal(2, archive.GetProperty("files").GetArrayLength());
        Assert.Equal("admin@example.com", archive.GetProperty("files")[1].GetProperty("by").GetString());

        // A viewer cannot create share links; an admin can, and sees the link once.
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");
        Assert.DoesNotContain("Create a share link", await (await viewer.GetAsync("/reports")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync("/reports", "share", new() { ["ShareForm[what]"] = "template:weekly-summary", ["ShareForm[range]"] = "last-week", ["ShareForm[days]"] = "30" });
        // The form is not rendered for a viewer, so the post names no form of the page (400); nothing is created.
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.Equal(0L, app.Count("SELECT count(*) FROM share_links"));
        var created = await admin.PostFormAsync("/reports", "share", new() { ["ShareForm[what]"] = "page:sources", ["ShareForm[range]"] = "month-to-date", ["ShareForm[days]"] = "30", ["ShareForm[label]"] = "<b>for the client</b>" });
        var createdHtml = await created.Content.ReadAsStringAsync();
        var url = Regex.Match(createdHtml, "<code id=\"shared-url\">([^<]+)</code>").Groups[1].Value;
        Assert.Matches("/share/[A-Za-z0-9_-]{43}$", url);
        Assert.DoesNotContain("<b>for the client</b>", createdHtml, StringComparison.Ordinal);
        var path = new Uri(url).AbsolutePath;

        var anonymous = app.Client();
        var shared = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        var html = await shared.Content.ReadAsStringAsync();
        Assert.Contains("noindex", shared.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
        Assert.False(shared.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("Sources by network", html, StringComparison.Ordinal);
        Assert.Contains("Facebook", html, StringComparison.Ordinal);
        Assert.Contains("Made with Payoff.", html, StringComparison.Ordinal);
        var shares = await reader.GetFromJsonAsync<JsonElement>("/api/shares");
        var link = shares.GetProperty("shares")[0];
        Assert.Equal((1, "live"), (link.GetProperty("opens").GetInt32(), link.GetProperty("state").GetString()));
        Assert.Equal(1L, app.Count("SELECT count(*) FROM share_opens"));
        Assert.Equal(0L, app.Count("SELECT count(*) FROM share_links WHERE token_hash LIKE $1", "%" + path[^43..] + "%"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/share/" + new string('A', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/share/short")).StatusCode);

        // White-label: the agency's name and footer replace Payoff's in the PDF and the shared view.
        var branded = await admin.PostFormAsync("/reports", "brand", new()
        {
            ["BrandForm[agency]"] = "Kawa <Agency>",
            ["BrandForm[contact]"] = "hello@kawa.test",
            ["BrandForm[footer]"] = "Kawa Agency · Warsaw",
            ["BrandForm[primary]"] = "#aa3300",
            ["BrandForm[accent]"] = "#0055aa",
            ["BrandForm[hide-payoff]"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, branded.StatusCode);
        var brandedPdf = new PdfText(await (await admin.GetAsync($"/reports/pdf?template=weekly-summary&from={from}&to={to}")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Kawa <Agency>", brandedPdf.All, StringComparison.Ordinal);
        Assert.Contains("Kawa Agency · Warsaw", brandedPdf.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Payoff", brandedPdf.All, StringComparison.Ordinal);
        Assert.NotEqual("Payoff", brandedPdf.Creator);
        var brandedHtml = await (await anonymous.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("Kawa &lt;Agency&gt;", brandedHtml, StringComparison.Ordinal);
        Assert.Contains("#AA3300", brandedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Payoff", brandedHtml, StringComparison.Ordinal);
        var bad = await admin.PostFormAsync("/reports", "brand", new() { ["BrandForm[primary]"] = "red" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        // Revoked: the link stops at once.
        var id = link.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync("/reports", $"revoke-{id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal("revoked", (await reader.GetFromJsonAsync<JsonElement>("/api/shares")).GetProperty("shares")[0].GetProperty("state").GetString());
    }
}
