using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Payoff.Core.Collect;
using Payoff.Storage.DuckDb;
using Payoff.Web.Collect;
using Payoff.Web.Hosting;
using Payoff.Web.Script;

namespace Payoff.Web.Tests;

/// <summary>The website script in Debian's Chromium, on real pages served by the test from another origin.</summary>
public sealed class ScriptBrowserTests : IAsyncLifetime
{
    private const string Chromium = ChromiumFactAttribute.Path;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "payoff-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? payoff;
    private WebApplication? pages;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string pagesBase = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var payoffPort = FreePort();
        var options = new WebOptions { DatabasePath = Path.Combine(folder, "p.duckdb"), Urls = $"http://127.0.0.1:{payoffPort}" };
        Site site;
        Site privateSite;
        using (var db = DuckDbDatabase.Open(options.DatabasePath, TimeProvider.System))
        {
            var workspace = (await new DuckDbWorkspaceStore(db).ListAsync()).Single();
            site = new DuckDbSiteStore(db).Add(workspace, "127.0.0.1", IdentityMode.Cookie, honourDoNotTrack: false);
            privateSite = new DuckDbSiteStore(db).Add(workspace, "localhost", IdentityMode.Cookie, honourDoNotTrack: true);
        }

        payoff = PayoffWeb.Build(options, b => b.Logging.ClearProviders());
        await payoff.StartAsync();
        var tag = ScriptTag.For(site, options.PublicBase);
        var privateTag = ScriptTag.For(privateSite, options.PublicBase);
        var pagesPort = FreePort();
        pagesBase = $"http://127.0.0.1:{pagesPort}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(pagesBase);
        builder.Logging.ClearProviders();
        pages = builder.Build();
        pages.MapGet("/{**path}", (HttpContext context) => Results.Content(Page(context.Request.Host.Host == "localhost" ? privateTag : tag), "text/html"));
        await pages.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await DashboardHost.LaunchAsync(playwright);
    }

    [ChromiumFact]
    public async Task The_script_records_the_page_view_spa_navigation_and_a_lead()
    {
        var page = await NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(pagesBase + "/?utm_source=linkedin&utm_medium=social&utm_campaign=launch");

        // The landing page view is stored before the navigation: on a loaded machine the two requests could otherwise
        // arrive the other way round, and a direct hit followed by a campaign hit is two sessions (GA4's rule).
        await WaitForEventsAsync(1);
        await page.ClickAsync("#spa");
        await page.ClickAsync("#lead");
        await WaitForEventsAsync(3);

        var rows = Query("SELECT type || ' ' || coalesce(network, channel) || ' ' || url FROM events ORDER BY ts, type");
        Assert.Contains(rows, r => r.StartsWith("pageview LinkedIn " + pagesBase + "/?utm_source=linkedin", StringComparison.Ordinal));
        Assert.Contains(rows, r => r == $"pageview Direct {pagesBase}/pricing");
        Assert.Contains(rows, r => r.StartsWith("lead ", StringComparison.Ordinal));
        Assert.Equal(1L, Scalar("SELECT count(DISTINCT visitor_id) FROM events"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM sessions WHERE network = 'LinkedIn' AND hits = 2"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM people WHERE contact_id = 'crm-42' AND network = 'LinkedIn'"));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task An_outbound_link_click_is_recorded_and_does_not_start_a_session()
    {
        var page = await NewPageAsync();
        await page.RouteAsync("https://partner.example/**", route => route.FulfillAsync(new RouteFulfillOptions { Body = "<html><body>partner</body></html>", ContentType = "text/html" }));
        await page.GotoAsync(pagesBase + "/");
        await page.ClickAsync("#out");
        await page.WaitForURLAsync("https://partner.example/offer");
        await WaitForEventsAsync(2);
        Assert.Equal(["outbound https://partner.example/offer", "pageview "], Query("SELECT type || ' ' || coalesce(CASE WHEN type = 'outbound' THEN name END, '') FROM events ORDER BY type"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM sessions"));
    }

    [ChromiumFact]
    public async Task A_site_that_honours_global_privacy_control_records_nothing_from_a_browser_that_sends_it()
    {
        var page = await NewPageAsync();
        await page.AddInitScriptAsync("Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });");
        await page.GotoAsync(pagesBase.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        await page.ClickAsync("#lead");
        Assert.Equal("yes", await page.GetAttributeAsync("body", "data-lead-sent"));

        var control = await NewPageAsync();
        await control.GotoAsync(pagesBase.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        await WaitForEventsAsync(1);
        Assert.Equal(["pageview http://localhost"], Query("SELECT type || ' ' || split_part(url, ':', 1) || ':' || split_part(url, ':', 2) FROM events"));
    }

    [ChromiumFact]
    public async Task A_page_that_blocks_the_script_still_works()
    {
        var page = await NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.RouteAsync("**/p.js", route => route.AbortAsync());
        await page.GotoAsync(pagesBase + "/blocked");
        await page.ClickAsync("#lead");
        Assert.Equal("yes", await page.GetAttributeAsync("body", "data-lead-sent"));
        Assert.Empty(errors);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (pages is not null)
        {
            await pages.StopAsync();
            await pages.DisposeAsync();
        }

        if (payoff is not null)
        {
            await payoff.StopAsync();
            await payoff.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Page(string tag) => $$"""
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Shop</title>
        <script>window.payoff = window.payoff || function () { (window.payoff.q = window.payoff.q || []).push(arguments); };</script>
        {{tag}}
        </head>
        <body>
        <button id="spa" onclick="history.pushState({}, '', '/pricing')">Pricing</button>
        <a id="out" href="https://partner.example/offer">Partner offer</a>
        <button id="lead" onclick="payoff('lead', {contactId: 'crm-42', name: 'demo request'}); document.body.setAttribute('data-lead-sent', 'yes')">Book a demo</button>
        </body></html>
        """;

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { UserAgent = PayoffAppFactory.Chrome });
        return await context.NewPageAsync();
    }

    private async Task WaitForEventsAsync(long count)
    {
        var ingest = payoff!.Services.GetRequiredService<IngestService>();
        for (var i = 0; i < 200 && (Scalar("SELECT count(*) FROM events") < count || ingest.Lag > 0); i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(count, Scalar("SELECT count(*) FROM events"));
    }

    private long Scalar(string sql) => payoff!.Services.GetRequiredService<StoreGate>().Run(db => db.Scalar<long>(sql));

    private List<string> Query(string sql) => payoff!.Services.GetRequiredService<StoreGate>().Run(db =>
    {
        using var command = db.Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    });

    private static int FreePort() => DashboardHost.FreePort();
}
