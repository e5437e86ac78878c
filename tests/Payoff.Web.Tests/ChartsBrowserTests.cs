using System.Text.Json;
using Microsoft.Playwright;
using Payoff.Core.Access;
using Payoff.Core.Channels;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Issue 15 §2: every chart of the dashboard in Debian's Chromium at 1440×900 and 390×844 — it fills its card,
/// no two of its texts overlap, the mouse and the keyboard show values that are in its data table, the table has a
/// row per point, today's unfinished day is drawn and named as partial, and a campaign named like markup is text
/// everywhere (chart, tooltip, table) and runs nothing.
/// </summary>
public sealed class ChartsBrowserTests(ChartsBrowserTests.Host fixture) : IClassFixture<ChartsBrowserTests.Host>
{
    /// <summary>A campaign name that would be an element with a script if it were ever written as markup.</summary>
    public const string Hostile = "<img src=x onerror=alert(1)>";

    private static readonly string[] Pages = ["/", "/network?n=facebook", "/roi?by=campaign", "/attribution?by=channel", "/goals?goal=1"];

    [ChromiumFact]
    public async Task Every_chart_fills_its_card_keeps_its_labels_apart_and_shows_its_values_on_hover_and_keyboard()
    {
        foreach (var (width, height) in new[] { (1440, 900), (390, 844) })
        {
            var (page, problems) = await fixture.SignInAsync(width, height);
            foreach (var path in Pages)
            {
                await page.GotoAsync(fixture.BaseUrl + path);
                var where = $"{path} at {width}px";
                var figures = page.Locator("figure.chart:has(.chart-plot)");
                Assert.True(await figures.CountAsync() >= 1, where);
                for (var f = 0; f < await figures.CountAsync(); f++)
                {
                    await CheckAsync(page, figures.Nth(f), $"{where}, chart {f + 1}", path == "/" ? ".*\\(partial: today is not over\\)$" : null);
                }

                var name = path.Trim('/').Split('?')[0] is { Length: > 0 } n ? n : "overview";
                await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Shots, $"charts-{name}-{width}.png"), FullPage = true });
            }

            Assert.Empty(problems);
            await page.Context.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task A_campaign_named_like_markup_is_text_in_the_chart_its_tooltip_and_its_table_and_runs_nothing()
    {
        var (page, problems) = await fixture.SignInAsync(1440, 900);
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        foreach (var path in new[] { "/roi?by=campaign", "/attribution?by=campaign" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            var figure = page.Locator("figure.chart:has(.chart-plot)").First;
            await figure.Locator(".chart-plot svg").WaitForAsync();
            var labels = await LabelsAsync(figure);
            var at = labels.FindIndex(l => l.Contains(Hostile, StringComparison.Ordinal));
            Assert.True(at >= 0, $"{path}: no label holds the hostile campaign: {string.Join(" | ", labels)}");

            // The table: the name as text in its row heading.
            Assert.Contains(Hostile, await figure.Locator("details.chart-table tbody tr").Nth(at).Locator("th").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
            // The chart: SVG text (maybe shortened with …), never an element.
            var svgText = await figure.Locator(".chart-plot svg").EvaluateAsync<string>("s => Array.from(s.querySelectorAll('text')).map(t => t.textContent).join('\\n')");
            Assert.Contains("<img", svgText, StringComparison.Ordinal);
            // The tooltip, reached with the keyboard: the whole name, as text.
            await figure.Locator(".chart-plot").FocusAsync();
            for (var i = 0; i <= at; i++)
            {
                await page.Keyboard.PressAsync("ArrowRight");
            }

            var tip = figure.Locator(".chart-tip");
            await Assertions.Expect(tip).ToBeVisibleAsync();
            Assert.Contains(Hostile, await tip.Locator("strong").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("img[src=x], .chart-tip img, figure.chart img").CountAsync());
        }

        await Task.Delay(300);
        Assert.Equal(0, dialogs);
        Assert.Empty(problems);
    }

    private static async Task CheckAsync(IPage page, ILocator figure, string where, string? partial)
    {
        var plot = figure.Locator(".chart-plot");
        var svg = plot.Locator("svg");
        await svg.WaitForAsync();
        var labels = await LabelsAsync(figure);

        // Fills its card: the drawn SVG is at least 90 % of the figure's content width.
        var fill = await figure.EvaluateAsync<double>("f => { const s = getComputedStyle(f); const content = f.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); return f.querySelector('.chart-plot svg').getBoundingClientRect().width / content; }");
        Assert.True(fill >= 0.9, $"{where}: the chart is {fill:P0} of its card's width");

        // No two texts of the chart overlap (axis labels, legend, axis names), and the ticks are at least 12 px.
        var overlaps = await svg.EvaluateAsync<string[]>("""
            s => {
              const boxes = Array.from(s.querySelectorAll('text')).filter(t => t.textContent.trim() && getComputedStyle(t).visibility !== 'hidden' && t.getAttribute('opacity') !== '0')
                .map(t => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter(b => b.r.width > 0 && b.r.height > 0);
              const out = [];
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].r, b = boxes[j].r;
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left), y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (x > 1 && y > 1) out.push(boxes[i].text + ' / ' + boxes[j].text);
              }
              return out;
            }
            """);
        Assert.True(overlaps.Length == 0, $"{where}: overlapping texts: {string.Join("; ", overlaps)}");
        var smallest = await svg.EvaluateAsync<double>("s => Math.min(...Array.from(s.querySelectorAll('text')).map(t => parseFloat(getComputedStyle(t).fontSize)))");
        Assert.True(smallest >= 12, $"{where}: a text of {smallest}px");

        // The data table: a row per point, each headed by its label (the unfinished one named so).
        var rows = figure.Locator("details.chart-table tbody tr");
        Assert.Equal(labels.Count, await rows.CountAsync());
        var values = (await figure.Locator("details.chart-table tbody td").AllTextContentsAsync()).Where(v => v != "—").ToHashSet(StringComparer.Ordinal);
        if (partial is not null)
        {
            Assert.Matches(partial, (await rows.Last.Locator("th").TextContentAsync())!.Trim());
            Assert.Contains("partial", await svg.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        }

        // The keyboard: Tab reaches the chart, the arrow shows the first point's values, Escape hides them.
        await figure.Locator("figcaption").ClickAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await plot.EvaluateAsync<bool>("p => document.activeElement === p"), $"{where}: Tab did not reach the chart");
        Assert.False(string.IsNullOrWhiteSpace(await plot.GetAttributeAsync("aria-label")), where);
        await page.Keyboard.PressAsync("ArrowRight");
        var tip = figure.Locator(".chart-tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var text = await tip.TextContentAsync() ?? string.Empty;
        Assert.StartsWith(labels[0], text, StringComparison.Ordinal);
        Assert.True(values.Any(v => text.Contains(v, StringComparison.Ordinal)), $"{where}: the tooltip \"{text}\" shows no value of the table");
        Assert.False(string.IsNullOrWhiteSpace(await figure.Locator(".chart-live").TextContentAsync()), where);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();

        // The mouse: over the middle of the plot, the tooltip shows a value of the table.
        var box = (await plot.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.MoveAsync(box.X + (box.Width / 2) + 3, box.Y + (box.Height / 2) + 3);
        await Assertions.Expect(tip).ToBeVisibleAsync();
        text = await tip.TextContentAsync() ?? string.Empty;
        Assert.True(values.Any(v => text.Contains(v, StringComparison.Ordinal)), $"{where}: the hover tooltip \"{text}\" shows no value of the table");
        await page.Mouse.MoveAsync(0, 0);
    }

    private static async Task<List<string>> LabelsAsync(ILocator figure)
    {
        using var json = JsonDocument.Parse(await figure.Locator("script.chart-data").TextContentAsync() ?? "{}");
        return [.. json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];
    }

    /// <summary>The served app with a month and a half of visits, leads, customers, costs and a goal, and the browser.</summary>
    public sealed class Host : IAsyncLifetime, IAsyncDisposable
    {
        private readonly DashboardHost host = new();

        /// <summary>The server's base URL.</summary>
        public string BaseUrl => host.BaseUrl;

        /// <summary>Where the screenshots go: $PAYOFF_SCREENSHOTS when set (to look at them), else the host's folder (deleted after).</summary>
        public string Shots => Environment.GetEnvironmentVariable("PAYOFF_SCREENSHOTS") is { Length: > 0 } shots ? shots : host.Folder;

        /// <inheritdoc />
        public async Task InitializeAsync()
        {
            if (!DashboardHost.Available)
            {
                return;
            }

            await host.StartAsync(async (db, workspace) =>
            {
                var users = new DuckDbUserStore(db);
                users.Grant(users.Add("owner@example.com", Passwords.Hash("a long owner password")).Id, workspace, Role.Owner);
                var now = DateTimeOffset.UtcNow.AddMinutes(-30);
                var events = new List<TrackedEvent>();
                var sources = new[]
                {
                    "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring",
                    $"https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign={Uri.EscapeDataString(Hostile)}",
                    "https://example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=a%20very%20long%20campaign%20name%20about%20the%20autumn%20webinar%20series",
                    "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=weekly",
                };
                for (var day = 0; day < 45; day++)
                {
                    for (var k = 0; k < 6 + (day % 5); k++)
                    {
                        var url = sources[(day + k) % sources.Length];
                        var source = ChannelClassifier.Default.Classify(url, null);
                        var at = now.AddDays(-day).AddMinutes(-k * 7);
                        var visitor = $"v{day}-{k}";
                        events.Add(new TrackedEvent { EventId = $"p{day}-{k}", Timestamp = at, VisitorId = visitor, Type = EventType.Pageview, Url = url, Source = source });
                        if (k % 3 == 0)
                        {
                            events.Add(new TrackedEvent { EventId = $"l{day}-{k}", Timestamp = at.AddMinutes(1), VisitorId = visitor, Type = EventType.Lead, ContactId = $"c{day}-{k}", Url = url, Source = source });
                        }

                        if (k == 0 && day % 4 == 0)
                        {
                            events.Add(new TrackedEvent { EventId = $"u{day}-{k}", Timestamp = at.AddMinutes(2), VisitorId = visitor, Type = EventType.Customer, ContactId = $"c{day}-{k}", Value = 120, Currency = "USD", Url = url, Source = source });
                        }
                    }
                }

                await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events));
                var setup = new DuckDbCostSetupStore(db);
                setup.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                setup.Log(workspace, new TimeEntry(0, "Facebook", "Ana", today.AddDays(-3), 240, "posts"));
                setup.Log(workspace, new TimeEntry(0, "LinkedIn", "Ana", today.AddDays(-5), 120, "webinar"));
                new DuckDbGoalStore(db).Add(workspace, new Goal
                {
                    Name = "Facebook contacts", Metric = GoalMetrics.Find("contacts")!, Scope = new GoalScope("Facebook", null, null), Target = 60,
                    Start = today.AddDays(-40), Deadline = today.AddDays(50),
                });
            });
        }

        /// <summary>A new browser context of <paramref name="width"/>×<paramref name="height"/>, signed in as the owner, with the console's errors and warnings collected.</summary>
        public async Task<(IPage Page, List<string> Problems)> SignInAsync(int width, int height)
        {
            var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = width < 600, HasTouch = width < 600 });
            var page = await context.NewPageAsync();
            var problems = DashboardHost.Problems(page);
            await page.GotoAsync(BaseUrl + "/login");
            await page.FillAsync("#email", "owner@example.com");
            await page.FillAsync("#password", "a long owner password");
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(BaseUrl + "/");
            return (page, problems);
        }

        /// <inheritdoc />
        public Task DisposeAsync() => host.DisposeAsync().AsTask();

        /// <inheritdoc />
        ValueTask IAsyncDisposable.DisposeAsync() => host.DisposeAsync();
    }
}
