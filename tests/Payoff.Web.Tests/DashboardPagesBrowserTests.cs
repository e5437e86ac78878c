using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Payoff.Core.Access;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Every dashboard page in Debian's Chromium against the served app on a test database: the pages
/// render without console errors, drill-down, a date range change, a goal with its live SMART
/// check, a link and a click through it, an upload with a rejected row, an XLSX export opened with
/// ClosedXML, a viewer who cannot edit, another workspace's user who gets 404, and a phone-sized screen.
/// </summary>
public sealed class DashboardPagesBrowserTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly string[] Pages = ["/", "/sources", "/network?n=facebook", "/roi", "/attribution", "/goals", "/links", "/imports", "/settings"];

    private readonly DashboardHost host = new();
    private IBrowser? browser;
    private string baseUrl = string.Empty;
    private string folder = string.Empty;

    public async Task InitializeAsync()
    {
        if (!DashboardHost.Available)
        {
            return;
        }

        await host.StartAsync(async (db, workspace) =>
        {
            var other = await new DuckDbWorkspaceStore(db).CreateAsync("other-client", "UTC", "USD");
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Role.Admin);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Role.Viewer);
            users.Grant(users.Add("client@example.com", Passwords.Hash("a long client password")).Id, other, Role.Owner);
            new DuckDbSiteStore(db).Add(workspace, "example.com", Payoff.Core.Collect.IdentityMode.Cookie, false);
            var now = DateTimeOffset.UtcNow.AddHours(-2);
            var events = Enumerable.Range(0, 12).Select(i =>
            {
                var url = $"https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign={(i % 2 == 0 ? "spring" : "summer")}";
                return new TrackedEvent { EventId = $"e{i}", Timestamp = now.AddDays(-i), VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = ChannelClassifier.Default.Classify(url, null) };
            }).ToList();
            await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events));
        });
        (browser, baseUrl, folder) = (host.Browser, host.BaseUrl, host.Folder);
    }

    [ChromiumFact]
    public async Task An_admin_uses_every_page_without_console_errors()
    {
        var (page, problems) = await SignInAsync("editor@example.com", "a long editor password");
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(baseUrl + path);
            Assert.Equal(200, response!.Status);
            Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("h1")), path);
        }

        // Drill-down: networks → the network's campaigns; the network's own page from the overview.
        await page.GotoAsync(baseUrl + "/sources");
        await page.ClickAsync("table >> text=Facebook");
        Assert.Contains("by=campaign", page.Url, StringComparison.Ordinal);
        Assert.Contains("spring", await page.InnerTextAsync("table"), StringComparison.Ordinal);
        await page.GotoAsync(baseUrl + "/");
        await page.ClickAsync("#networks table >> text=Facebook");
        Assert.Equal("Facebook", await page.InnerTextAsync("h1"));
        await page.Locator("figure.chart .chart-plot svg").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("figure.chart .chart-plot svg").CountAsync());

        // The date range: a preset, then custom days, kept in the URL and in the navigation.
        await page.GotoAsync(baseUrl + "/");
        await page.ClickAsync("nav.presets >> text=Last 7 days");
        Assert.Contains("from=", page.Url, StringComparison.Ordinal);
        Assert.Contains(" against the 7 days before", await page.InnerTextAsync("p.range"), StringComparison.Ordinal);
        var from = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("form.range input[name=from]", from);
        await page.ClickAsync("form.range button");
        Assert.Contains($"from={from}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"from={from}", await page.GetAttributeAsync("nav.pages >> text=Sources", "href") ?? string.Empty, StringComparison.Ordinal);

        // A goal: the SMART check shows while typing, then the saved goal with its chart.
        await page.GotoAsync(baseUrl + "/goals");
        await page.FillAsync("#goal-form input[name='Form.Name']", "Facebook sessions");
        await page.SelectOptionAsync("#goal-form select", "sessions");
        await page.FillAsync("#goal-form input[name='Form.Network']", "facebook");
        await page.FillAsync("#goal-form input[name='Form.Target']", "40");
        await page.FillAsync("#goal-form input[name='Form.Deadline']", DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.WaitForSelectorAsync("#smart-letters span");
        Assert.Equal(5, await page.Locator("#smart-letters span").CountAsync());
        await page.ClickAsync("#goal-form button");
        Assert.Contains("Goal “Facebook sessions” saved", await page.ContentAsync(), StringComparison.Ordinal);
        await page.Locator(".goal-detail figure.chart .chart-plot svg").WaitForAsync();
        Assert.Equal(1, await page.Locator(".goal-detail figure.chart .chart-plot svg").CountAsync());

        // A link: the live preview, the link with its QR code, and a click through it that counts.
        await page.GotoAsync(baseUrl + "/links");
        await page.FillAsync("#link-builder input[data-field=to]", "https://example.com/offer");
        await page.FillAsync("#link-builder input[data-field=source]", "facebook");
        await page.FillAsync("#link-builder input[data-field=medium]", "social");
        await page.FillAsync("#link-builder input[data-field=campaign]", "Spring Sale");
        await page.FillAsync("#link-builder input[data-field=slug]", "spring");
        await Assertions.Expect(page.Locator("#link-preview-url")).ToContainTextAsync("utm_campaign");
        Assert.Contains("utm_source=facebook", await page.InnerTextAsync("#link-preview-url"), StringComparison.Ordinal);
        await page.ClickAsync("#link-builder button");
        Assert.EndsWith("/l/spring", await page.InnerTextAsync("#created-short"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector(\"img[src='/l/spring/qr.svg']\"); return i && i.complete && i.naturalWidth > 0; }");
        var click = await page.APIRequest.GetAsync(baseUrl + "/l/spring", new() { MaxRedirects = 0, Headers = new Dictionary<string, string> { ["User-Agent"] = PayoffAppFactory.Chrome } });
        Assert.Equal(302, click.Status);
        Assert.True(click.Headers["location"].Contains("utm_campaign=spring", StringComparison.OrdinalIgnoreCase), click.Headers["location"]);
        await WaitForAsync(async () =>
        {
            await page.GotoAsync(baseUrl + "/links");
            return (await page.InnerTextAsync("#links table tbody tr")).Contains("\t1\t1\t0", StringComparison.Ordinal);
        });

        // An upload: detection and the rejected row shown before anything is stored, then the import and its undo.
        var bad = Path.Combine(folder, "hubspot-contacts.csv");
        await File.WriteAllTextAsync(bad, "Record ID,First Name,Last Name,Email,Create Date,Lifecycle Stage,Became a Lead Date,Became a Customer Date,Original Traffic Source,Original Traffic Source Drill-Down 1,Original Traffic Source Drill-Down 2,Total Revenue\n101,Ana,K,ana@example.com,2026-05-02 10:15,lead,2026-05-02 10:15,,Organic Social,LinkedIn,spring,\n102,Budi,S,budi@example.com,not a date,lead,,,Paid Social,Facebook,sale,\n");
        await page.GotoAsync(baseUrl + "/imports");
        await page.SetInputFilesAsync("#upload-form input[type=file]", bad);
        await page.ClickAsync("#upload-form button");
        await page.WaitForURLAsync(u => u.Contains("check=", StringComparison.Ordinal));
        var result = await page.InnerTextAsync(".file-result");
        Assert.Contains("Detected: HubSpot contacts export", result, StringComparison.Ordinal);
        Assert.Contains("Create Date", result, StringComparison.Ordinal);
        Assert.Contains("3", await page.InnerTextAsync(".row-errors tbody td"), StringComparison.Ordinal);
        Assert.Contains("Checked: nothing is stored yet", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("hubspot-contacts.csv", await page.InnerTextAsync("#history table"), StringComparison.Ordinal);
        await page.CheckAsync("input[name=SkipInvalid]");
        await page.ClickAsync("#import-confirm");
        Assert.Contains("imported", await page.InnerTextAsync("#history table"), StringComparison.Ordinal);
        await page.ClickAsync("form.undo button");
        Assert.Contains("undone", await page.InnerTextAsync("p.saved"), StringComparison.Ordinal);

        // An export, downloaded and opened: numbers stay numbers.
        await page.GotoAsync(baseUrl + "/");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#networks .exports >> text=XLSX"));
        var file = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        using (var book = new XLWorkbook(file))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal("Network", sheet.Cell(1, 1).GetString());
            Assert.Equal("Facebook", sheet.Cell(2, 1).GetString());
            Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
            Assert.True(sheet.Cell(2, 2).GetDouble() >= 1);
        }

        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_link_builder_shows_a_fields_error_only_after_the_field_is_touched()
    {
        var (page, problems) = await SignInAsync("editor@example.com", "a long editor password");

        // On load the preview answers (with "The source tag is required") but nothing is typed yet: no error shows.
        var loaded = page.WaitForResponseAsync(r => r.Url.Contains("/links/preview", StringComparison.Ordinal));
        await page.GotoAsync(baseUrl + "/links");
        await loaded;
        await page.WaitForTimeoutAsync(200);
        Assert.Equal(string.Empty, await page.InnerTextAsync("#link-preview-error"));

        // Typing the page URL does not blame the untouched source field either.
        await page.FillAsync("#link-builder input[data-field=to]", "https://example.com/offer");
        await page.WaitForTimeoutAsync(600);
        Assert.Equal(string.Empty, await page.InnerTextAsync("#link-preview-error"));

        // Leaving the source field empty: now its error shows. Filling it moves on to the medium the user left
        // empty on the way; filling that and the campaign clears the error.
        await page.FocusAsync("#link-builder input[data-field=source]");
        await page.FocusAsync("#link-builder input[data-field=medium]");
        await Assertions.Expect(page.Locator("#link-preview-error")).ToHaveTextAsync("The source tag is required (utm_source).");
        await page.FillAsync("#link-builder input[data-field=source]", "facebook");
        await Assertions.Expect(page.Locator("#link-preview-error")).ToHaveTextAsync("The medium tag is required (utm_medium).");
        await page.FillAsync("#link-builder input[data-field=medium]", "social");
        await Assertions.Expect(page.Locator("#link-preview-error")).ToHaveTextAsync(string.Empty);
        await page.FillAsync("#link-builder input[data-field=campaign]", "spring");
        await Assertions.Expect(page.Locator("#link-preview-url")).ToContainTextAsync("utm_campaign=spring");
        Assert.Equal(string.Empty, await page.InnerTextAsync("#link-preview-error"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_viewer_sees_the_pages_but_no_form_that_changes_anything()
    {
        var (page, problems) = await SignInAsync("viewer@example.com", "a long viewer password");
        foreach (var (path, form) in new[] { ("/goals", "#goal-form"), ("/links", "#link-builder"), ("/imports", "#upload-form"), ("/settings", "main form[method=post] button") })
        {
            await page.GotoAsync(baseUrl + path);
            Assert.Equal(0, await page.Locator(form).CountAsync());
        }

        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Another_workspaces_user_gets_404_on_every_page_and_export()
    {
        var (page, _) = await SignInAsync("client@example.com", "a long client password");
        Assert.Equal("other-client", await page.InnerTextAsync("h1"));
        foreach (var path in Pages.Append("/export/overview?table=networks&format=xlsx").Append("/sources.csv"))
        {
            var url = baseUrl + path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "w=default";
            var response = await page.APIRequest.GetAsync(url);
            Assert.True(response.Status == 404, $"{path}: {response.Status}");
        }
    }

    [ChromiumFact]
    public async Task The_pages_fit_a_phone_screen()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "editor@example.com", "a long editor password");
        foreach (var path in Pages)
        {
            await page.GotoAsync(baseUrl + path);
            // The page itself never scrolls sideways: wide tables scroll inside their own box.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), path);
        }
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => host.DisposeAsync();

    private async Task<(IPage Page, List<string> Problems)> SignInAsync(string email, string password)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var problems = DashboardHost.Problems(page);
        await SignInAsync(page, email, password);
        return (page, problems);
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/");
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail("The condition did not hold within 10 seconds.");
    }
}
