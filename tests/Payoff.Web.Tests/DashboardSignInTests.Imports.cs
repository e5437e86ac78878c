using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Payoff.Web.Tests;

/// <summary>The imports page tells the truth about what it stored (issue 13, §3.8).</summary>
public sealed partial class DashboardSignInTests
{
    private const string HubSpotWithABadRow =
        "Record ID,Create Date,Lifecycle Stage,Became a Lead Date,Original Traffic Source,Original Traffic Source Drill-Down 1,Original Traffic Source Drill-Down 2,Total Revenue\n"
        + "101,2026-05-02 10:15,lead,2026-05-02 10:15,Organic social,LinkedIn,spring,\n"
        + "102,not a date,lead,,Paid social,Facebook,sale,\n"
        + "103,2026-05-03 10:15,lead,2026-05-03 10:15,Organic social,LinkedIn,spring,\n"
        + "104,2026-05-04 10:15,lead,2026-05-04 10:15,Organic social,LinkedIn,spring,\n";

    private static Dictionary<string, string> CommitForm(string page, string check, bool skipInvalid)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value),
            ["_handler"] = "commit",
            ["Token"] = check,
        };
        if (skipInvalid)
        {
            form["SkipInvalid"] = "true";
        }

        return form;
    }

    [Fact]
    public async Task Regression_import_without_skipping_bad_rows_said_imported_over_a_file_not_imported_and_the_history_counted_rows_0()
    {
        await using var app = SeededApp();
        var client = app.Client();
        var browser = new Browser(client);
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var imports = await (await browser.SendAsync(HttpMethod.Get, "/imports")).Content.ReadAsStringAsync();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(HubSpotWithABadRow)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "hubspot-contacts.csv" } };
        client.DefaultRequestHeaders.Add("RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(imports).Groups[1].Value));
        var checkedUpload = await browser.SendAsync(HttpMethod.Post, "/imports/check", content: upload);
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        Assert.Equal(HttpStatusCode.Redirect, checkedUpload.StatusCode);
        var url = checkedUpload.Headers.Location!.OriginalString;
        var check = System.Web.HttpUtility.ParseQueryString(url[url.IndexOf('?', StringComparison.Ordinal)..])["check"]!;

        var checkPage = await (await browser.SendAsync(HttpMethod.Get, url)).Content.ReadAsStringAsync();
        Assert.Contains("<td>Create Date</td>", checkPage, StringComparison.Ordinal);
        Assert.Contains("Detected: <strong>HubSpot contacts export</strong>", checkPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Detected: hubspot-contacts", checkPage, StringComparison.Ordinal);
        Assert.DoesNotContain("create_date", checkPage, StringComparison.Ordinal);
        Assert.DoesNotContain("--skip-invalid", checkPage, StringComparison.Ordinal);

        // Import without ticking the box: nothing is stored, the page says so, and the choice stays.
        var refused = await (await browser.SendAsync(HttpMethod.Post, url, CommitForm(checkPage, check, skipInvalid: false))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<h2>Imported</h2>", refused, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("--skip-invalid", refused, StringComparison.Ordinal);
        Assert.Contains("Fix them, or tick the box below to import the good rows, and press Import again.", refused, StringComparison.Ordinal);
        Assert.Contains("name=\"SkipInvalid\"", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"import-confirm\"", refused, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("SELECT count(*) FROM imports WHERE file_name = 'hubspot-contacts.csv'"));

        // Ticked: the good rows are stored, and the history counts every row of the file.
        var done = await (await browser.SendAsync(HttpMethod.Post, url, CommitForm(refused, check, skipInvalid: true))).Content.ReadAsStringAsync();
        Assert.Contains("<h2>Imported</h2>", done, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"import-confirm\"", done, StringComparison.Ordinal);
        Assert.Matches("<td[^>]*>hubspot-contacts.csv</td>.*?<td[^>]*>4</td>\\s*<td[^>]*>3</td>\\s*<td[^>]*>1</td>", done.Replace("\n", " ", StringComparison.Ordinal));
    }
}
