using System.Globalization;
using Microsoft.Playwright;
using Payoff.Core.Access;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Issue 15, points 4 and 5, in Debian's Chromium at 1440×900 and on a 390×844 phone: every goal's status and chance
/// on screen (also right after adding one through the form, whose start and baseline come pre-filled), no table cell
/// clipped on a wide screen, wide tables scrolling with a sticky first column on a phone, and the active preset,
/// grouping and comparison marked with aria-current and kept in the links between pages.
/// </summary>
public sealed class DashboardLayoutBrowserTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly string[] TablePages = ["/", "/sources", "/sources?by=campaign", "/roi", "/goals", "/links"];

    // The words of every header cell that the browser broke across lines ("Destinatio|n"): a header wraps between words only.
    private const string BrokenWordsScript = """
        () => [...document.querySelectorAll('main table th')].flatMap(th => {
            const broken = [];
            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const m of n.data.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(n, m.index);
                    range.setEnd(n, m.index + m[0].length);
                    if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) broken.push(m[0]);
                }
            }
            return broken;
        })
        """;

    // Is every element of the selector inside the window sideways and not hidden by a box that clips it?
    private const string InsideScript = """
        selector => [...document.querySelectorAll(selector)].map(el => {
            const r = el.getBoundingClientRect();
            let clipped = r.left < 0 || r.right > window.innerWidth + 0.5 || r.width === 0;
            for (let box = el.parentElement; box && !clipped; box = box.parentElement) {
                const style = getComputedStyle(box);
                if (style.overflowX !== 'visible') {
                    const b = box.getBoundingClientRect();
                    clipped = r.left < b.left - 0.5 || r.right > b.right + 0.5;
                }
            }
            return clipped ? (el.textContent || '').trim() : null;
        }).filter(t => t !== null)
        """;

    private readonly DashboardHost host = new();
    private IBrowser? browser;
    private string baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        if (!DashboardHost.Available)
        {
            return;
        }

        await host.StartAsync(async (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Role.Admin);
            new DuckDbSiteStore(db).Add(workspace, "example.com", Payoff.Core.Collect.IdentityMode.Cookie, false);

            // 70 days of visits from three networks, one campaign with a long name.
            // Midnight UTC today, so the days do not shift when the tests run in the first hours of a UTC day.
            var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
            var sources = new[] { "facebook&utm_medium=social&utm_campaign=spring", "linkedin&utm_medium=social&utm_campaign=a-very-long-campaign-name-for-the-autumn-launch-in-three-countries", "tiktok&utm_medium=paid-social&utm_campaign=launch" };
            var events = Enumerable.Range(0, 210).Select(i =>
            {
                var url = $"https://example.com/?utm_source={sources[i % 3]}";
                return new TrackedEvent { EventId = $"e{i}", Timestamp = now.AddDays(-(i / 3)), VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = ChannelClassifier.Default.Classify(url, null) };
            }).ToList();
            await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events));

            // Links as long as the demo's: a deep destination URL and a long campaign name.
            var links = new DuckDbLinkStore(db);
            links.Add(workspace, "autumn", "https://example.com/offers/autumn-launch/three-countries/landing-page-with-a-long-path?variant=b&region=emea", new LinkTags("linkedin", "social", "a-very-long-campaign-name-for-the-autumn-launch-in-three-countries"));
            links.Add(workspace, "spring", "https://example.com/spring", new LinkTags("facebook", "social", "spring"));

            // Goals with long names and wide figures, as a workspace collects them.
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            IGoalStore goals = new DuckDbGoalStore(db);
            foreach (var (name, metric, target) in new[] { ("Facebook sessions in the spring campaign, all markets", "sessions", 4000m), ("Contacts from every network this quarter", "contacts", 120m), ("Revenue", "revenue", 250000m) })
            {
                await goals.AddAsync(workspace, new Goal { Name = name, Metric = GoalMetrics.Find(metric)!, Target = target, Start = today.AddDays(-40), Deadline = today.AddDays(50) });
            }
        });
        (browser, baseUrl) = (host.Browser, host.BaseUrl);
    }

    [ChromiumFact]
    public async Task Every_goals_status_and_chance_show_first_on_a_wide_screen_and_a_phone_also_after_adding_a_goal_with_its_prefilled_start_and_baseline()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync(baseUrl + "/goals");
        var headers = await page.Locator("table.goals thead th").AllInnerTextsAsync();
        Assert.Equal(["Goal", "Status", "Chance"], headers.Take(3));

        // The form: the start is the first of this month, the baseline follows the metric chosen.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.InputValueAsync("#goal-form input[name='Form.Start']"));
        await page.SelectOptionAsync("#goal-form select", "sessions");
        var baseline = page.Locator("#goal-form input[name='Form.Baseline']");
        await Assertions.Expect(baseline).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        Assert.Equal(await baseline.InputValueAsync(), await SuggestedBaselineAsync(page, "sessions"));

        // The same pre-fill without script, from the query string.
        await page.GotoAsync(baseUrl + "/goals?metric=sessions");
        Assert.Equal(await SuggestedBaselineAsync(page, "sessions"), await page.InputValueAsync("#goal-form input[name='Form.Baseline']"));

        await page.FillAsync("#goal-form input[name='Form.Name']", "LinkedIn sessions in the autumn launch across three countries");
        await page.FillAsync("#goal-form input[name='Form.Network']", "linkedin");
        await page.FillAsync("#goal-form input[name='Form.TargetPercent']", "20");
        await page.ClickAsync("#goal-form button");
        Assert.Contains("saved", await page.InnerTextAsync("h2"), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("table.goals tbody tr").CountAsync());
        await AssertGoalsOnScreenAsync(page, "1440 after adding");
        await page.ScreenshotAsync(new() { Path = Shot("goals-1440"), FullPage = true });

        var phone = await OpenAsync(390, 844);
        await phone.GotoAsync(baseUrl + "/goals");
        await AssertGoalsOnScreenAsync(phone, "390");
        await phone.ScreenshotAsync(new() { Path = Shot("goals-390"), FullPage = true });
    }

    [ChromiumFact]
    public async Task No_table_cell_is_clipped_at_1440_and_on_a_phone_wide_tables_scroll_with_a_sticky_first_column_and_a_hint()
    {
        var page = await OpenAsync(1440, 900);
        foreach (var path in TablePages)
        {
            await page.GotoAsync(baseUrl + path);
            Assert.True(await page.Locator("main table").CountAsync() > 0, path);
            var clipped = await page.EvaluateAsync<string[]>(InsideScript, "main table th, main table td");
            Assert.True(clipped.Length == 0, $"{path}: clipped: {string.Join(" | ", clipped.Take(8))}");
            Assert.Empty(await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main .scroll')].filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.getAttribute('aria-label'))"));
            var broken = await page.EvaluateAsync<string[]>(BrokenWordsScript);
            Assert.True(broken.Length == 0, $"{path}: header words broken inside: {string.Join(" | ", broken)}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), path);
        }

        // A destination URL is one line cut with an ellipsis, its full text in the title.
        await page.GotoAsync(baseUrl + "/links");
        var url = page.Locator("main table td.url[title^='https://example.com/offers/autumn-launch']");
        Assert.Equal(1, await url.CountAsync());
        Assert.Equal("ellipsis", await url.Locator("span.url").EvaluateAsync<string>("s => getComputedStyle(s).textOverflow"));

        await page.GotoAsync(baseUrl + "/sources?by=campaign");
        await page.ScreenshotAsync(new() { Path = Shot("sources-1440"), FullPage = true });

        var phone = await OpenAsync(390, 844);
        foreach (var path in TablePages)
        {
            await phone.GotoAsync(baseUrl + path);
            var wide = await phone.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main .scroll')].filter(s => s.checkVisibility() && !s.closest('details:not([open])') && s.scrollWidth > s.clientWidth + 1).map(s => {
                    const first = s.querySelector('tbody tr > :first-child');
                    const hint = s.previousElementSibling;
                    const sticky = first && getComputedStyle(first).position === 'sticky';
                    const hinted = hint && hint.classList.contains('scroll-hint') && hint.getBoundingClientRect().height > 0;
                    return (s.getAttribute('aria-label') || '?') + ':' + sticky + ':' + hinted;
                })
                """);
            Assert.All(wide, w => Assert.True(w.EndsWith(":true:true", StringComparison.Ordinal), $"{path}: {w}"));
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), path);
        }

        // Scrolled sideways, the first column stays in place.
        await phone.GotoAsync(baseUrl + "/sources");
        var scroll = phone.Locator("main .scroll").First;
        await scroll.EvaluateAsync("s => s.scrollLeft = s.scrollWidth");
        Assert.Empty(await phone.EvaluateAsync<string[]>(InsideScript, "main .scroll tbody td:first-child"));
        await phone.ScreenshotAsync(new() { Path = Shot("sources-390"), FullPage = true });
    }

    [ChromiumFact]
    public async Task The_link_previews_short_name_is_the_one_created_or_said_to_be_picked_on_creation_and_a_long_destination_wraps()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync(baseUrl + "/links");
        var to = "https://example.com/offers/autumn-launch/three-countries/landing-page-with-a-very-long-path-that-has-no-spaces-at-all?variant=b&region=emea&audience=returning-visitors";
        await page.FillAsync("#link-builder input[data-field=to]", to);
        await page.FillAsync("#link-builder input[data-field=source]", "linkedin");
        await page.FillAsync("#link-builder input[data-field=medium]", "social");
        await page.FillAsync("#link-builder input[data-field=campaign]", "autumn");

        // No short name typed: the preview shows none rather than a random one the created link would not get.
        await Assertions.Expect(page.Locator("#link-preview-short")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("/l/…$"));
        await Assertions.Expect(page.Locator("#link-preview-short-note")).ToContainTextAsync("picked when you create the link");

        // A typed short name is the one previewed and the one created.
        await page.FillAsync("#link-builder input[data-field=slug]", "autumn-emea");
        await Assertions.Expect(page.Locator("#link-preview-short")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("/l/autumn-emea$"));
        await Assertions.Expect(page.Locator("#link-preview-short-note")).ToHaveTextAsync(string.Empty);
        await page.ClickAsync("#link-builder button[type=submit]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("/l/autumn-emea");

        // "It leads to" and its long URL wrap inside the window.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page is wider than the window after creating a link");
        await page.ScreenshotAsync(new() { Path = Shot("links-created-1440"), FullPage = true });
    }

    [ChromiumFact]
    public async Task On_a_phone_the_period_links_are_at_least_24_px_and_never_wrap_inside()
    {
        var phone = await OpenAsync(390, 844);
        await phone.GotoAsync(baseUrl + "/sources");
        var small = await phone.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('nav.presets a')].filter(a => {
                const r = a.getBoundingClientRect();
                return r.width < 24 || r.height < 24 || a.getClientRects().length > 1 || getComputedStyle(a).whiteSpace !== 'nowrap';
            }).map(a => a.textContent.trim())
            """);
        Assert.Empty(small);
    }

    [ChromiumFact]
    public async Task The_active_preset_grouping_and_comparison_are_marked_and_kept_in_the_links()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync(baseUrl + "/sources");
        await page.ClickAsync("nav.presets >> text=Last 7 days");
        await page.ClickAsync("nav.views >> text=Campaigns");
        await page.ClickAsync("nav.views >> text=Against the period before");

        Assert.Contains("Last 7 days", await page.Locator("nav.presets a[aria-current=page]").AllInnerTextsAsync());
        Assert.Equal(["Campaigns", "Against the period before"], await page.Locator("nav.views a[aria-current=page]").AllInnerTextsAsync());
        Assert.Equal("650", await page.Locator("nav.views a[aria-current=page]").First.EvaluateAsync<string>("a => getComputedStyle(a).fontWeight"));
        Assert.Contains("by=campaign", page.Url, StringComparison.Ordinal);
        Assert.Contains("compare=previous-period", page.Url, StringComparison.Ordinal);

        // The range form keeps the grouping and comparison; the page links keep the days and the comparison.
        var from = DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("form.range input[name=from]", from);
        await page.ClickAsync("form.range button");
        Assert.Contains($"from={from}", page.Url, StringComparison.Ordinal);
        Assert.Contains("by=campaign", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("nav.presets a[aria-current]").CountAsync());
        var overview = await page.GetAttributeAsync("nav.pages >> text=Overview", "href") ?? string.Empty;
        Assert.Contains($"from={from}", overview, StringComparison.Ordinal);
        Assert.Contains("compare=previous-period", overview, StringComparison.Ordinal);
        Assert.Equal("Sources", await page.InnerTextAsync("nav.pages a[aria-current=page]"));

        // The totals row is compared (equal sessions: neither good nor bad news).
        Assert.Contains("(0.0 %)", await page.InnerTextAsync("tfoot .delta"), StringComparison.Ordinal);
        await page.GotoAsync(baseUrl + "/roi");
        // The default days are the last 30 (on a month's 30th, "This month" is the same days and marked too).
        Assert.Contains("Last 30 days", await page.Locator("nav.presets a[aria-current=page]").AllInnerTextsAsync());
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => host.DisposeAsync();

    private static async Task AssertGoalsOnScreenAsync(IPage page, string screen)
    {
        var statuses = await page.Locator("table.goals tbody td.status").AllInnerTextsAsync();
        Assert.Equal(await page.Locator("table.goals tbody tr").CountAsync(), statuses.Count);
        Assert.All(statuses, s => Assert.Contains(s.Trim(), new[] { "Achieved", "On track", "At risk", "Off track", "Missed", "No data" }));
        var outside = await page.EvaluateAsync<string[]>(InsideScript, "table.goals tbody td.status .badge, table.goals tbody td.chance, table.goals tbody td:first-child a");
        Assert.True(outside.Length == 0, $"{screen}: off screen or clipped: {string.Join(" | ", outside)}");
    }

    private async Task<string> SuggestedBaselineAsync(IPage page, string metric)
    {
        var answer = await page.APIRequest.GetAsync($"{baseUrl}/goals/baseline?metric={metric}");
        var json = await answer.JsonAsync();
        return json!.Value.GetProperty("baseline").GetString()!;
    }

    // Where a screenshot of the run goes, for a person to look at (the temporary folder, overwritten each run).
    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"payoff-layout-{name}.png");

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = width < 600, HasTouch = width < 600 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#email", "editor@example.com");
        await page.FillAsync("#password", "a long editor password");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/");
        return page;
    }
}
