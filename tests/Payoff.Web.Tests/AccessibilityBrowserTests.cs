using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Payoff.Core.Access;
using Payoff.Core.Channels;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Accessibility in Debian's Chromium against the served app: axe-core (WCAG 2.x A and AA rules and
/// its best practices) on every dashboard page on a wide screen and a phone with no serious or
/// critical violation, and the keyboard alone reaching the navigation, the date range and the tables
/// with a visible focus ring.
/// </summary>
public sealed class AccessibilityBrowserTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Email = "owner@example.com";
    private const string Password = "a long owner password";

    // Pages a signed-out person reaches: sign-in, the (closed) first-run setup and an invitation link that does not work.
    private static readonly string[] SignedOutPages = ["/login", "/setup?token=0000", "/invite?token=0000"];

    private readonly DashboardHost host = new();
    private long goalId;

    public async Task InitializeAsync()
    {
        if (!DashboardHost.Available)
        {
            return;
        }

        await host.StartAsync(async (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add(Email, Passwords.Hash(Password)).Id, workspace, Role.Owner);
            new DuckDbSiteStore(db).Add(workspace, "example.com", Payoff.Core.Collect.IdentityMode.Cookie, false);
            var now = DateTimeOffset.UtcNow.AddHours(-2);
            var events = new List<TrackedEvent>();
            var campaigns = new[] { ("facebook", "spring"), ("facebook", "summer"), ("linkedin", "launch"), ("instagram", "reel") };
            for (var i = 0; i < 40; i++)
            {
                var (network, campaign) = campaigns[i % campaigns.Length];
                var url = $"https://example.com/?utm_source={network}&utm_medium=social&utm_campaign={campaign}&utm_content=post{i % 3}";
                var source = ChannelClassifier.Default.Classify(url, null);
                var at = now.AddDays(-(i % 20));
                events.Add(new TrackedEvent { EventId = $"p{i}", Timestamp = at, VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = source });
                if (i % 3 == 0)
                {
                    events.Add(new TrackedEvent { EventId = $"l{i}", Timestamp = at.AddMinutes(1), VisitorId = $"v{i}", Type = EventType.Lead, ContactId = $"c{i}", Url = url, Source = source });
                }

                if (i % 6 == 0)
                {
                    events.Add(new TrackedEvent { EventId = $"c{i}", Timestamp = at.AddMinutes(2), VisitorId = $"v{i}", Type = EventType.Customer, ContactId = $"c{i}", Value = 120, Currency = "USD", Url = url, Source = source });
                }
            }

            await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed.csv", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events));
            var costs = new DuckDbCostSetupStore(db);
            costs.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
            costs.Log(workspace, new TimeEntry(0, "Facebook", "spring", DateOnly.FromDateTime(now.UtcDateTime), 90, "Planning"));
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            goalId = new DuckDbGoalStore(db).Add(workspace, new Goal
            {
                Name = "Facebook contacts", Metric = GoalMetrics.Find("contacts")!, Scope = new GoalScope("Facebook", null, null), Target = 30,
                Start = today.AddDays(-20), Deadline = today.AddDays(30),
            }).Id;
            new DuckDbLinkStore(db).Add(workspace, "spring", "https://example.com/spring", new LinkTags("facebook", "social", "spring"));
        });
    }

    [ChromiumFact]
    public async Task Every_page_has_no_serious_or_critical_axe_violation_on_a_wide_screen_and_a_phone()
    {
        var pages = new[]
        {
            "/", "/sources", "/sources?by=campaign", "/sources?by=content", "/network?n=facebook", "/roi", "/attribution", "/goals",
            $"/goals?goal={goalId.ToString(CultureInfo.InvariantCulture)}", "/links", "/imports", "/settings", "/account",
        };
        var failures = new StringBuilder();
        foreach (var (width, height) in new[] { (1440, 900), (390, 844) })
        {
            await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            foreach (var path in SignedOutPages)
            {
                await CheckAsync(page, path, width, failures);
            }

            await SignInAsync(page);
            foreach (var path in pages)
            {
                await CheckAsync(page, path, width, failures);
            }
        }

        Assert.True(failures.Length == 0, "axe found serious or critical violations:\n" + failures);
    }

    [ChromiumFact]
    public async Task The_keyboard_alone_reaches_the_navigation_the_date_range_and_the_first_table_link_with_a_visible_focus_ring()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync(host.BaseUrl + "/");

        // The skip link comes first and takes the keyboard to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
        await page.GotoAsync(host.BaseUrl + "/?again");

        // No element takes itself out of, or ahead in, the tab order, and nothing that is not a control listens for clicks.
        Assert.Equal(0, await page.Locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").CountAsync());
        Assert.Equal(0, await page.Locator("[onclick]:not(a):not(button):not(input)").CountAsync());

        var reached = new List<string>();
        var unringed = new List<string>();
        var firstTableLink = await page.Locator("main table a").First.EvaluateAsync<string>("a => a.getAttribute('href')");
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return ['', '', ''];
                  const s = getComputedStyle(e);
                  const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                  const where = e.closest('nav.pages') ? 'nav' : e.closest('form.range') ? 'range' : e.closest('main table') ? 'table' : e.classList.contains('skip') ? 'skip' : 'other';
                  return [where + ':' + e.tagName.toLowerCase() + (e.getAttribute('name') ? '[' + e.getAttribute('name') + ']' : ''), e.getAttribute('href') || '', ring ? '' : s.outlineStyle + ' ' + s.outlineWidth];
                }
                """);
            if (focused[0].Length == 0)
            {
                break;
            }

            reached.Add(focused[0]);
            if (focused[2].Length > 0)
            {
                unringed.Add($"{focused[0]} (outline {focused[2]})");
            }

            if (focused[0].StartsWith("table:a", StringComparison.Ordinal) && focused[1] == firstTableLink)
            {
                break;
            }
        }

        var order = string.Join(", ", reached);
        Assert.StartsWith("skip:a", order, StringComparison.Ordinal);
        Assert.Equal(12, reached.Count(r => r.StartsWith("nav:a", StringComparison.Ordinal))); // the ten pages, Advocates and Reports
        Assert.Contains("range:input[from]", reached);
        Assert.Contains("range:input[to]", reached);
        Assert.Contains(reached, r => r.StartsWith("range:button", StringComparison.Ordinal));
        Assert.True(reached[^1].StartsWith("table:a", StringComparison.Ordinal), "The first table link was not reached by Tab: " + order);
        Assert.True(unringed.Count == 0, "Focused without a visible outline: " + string.Join(", ", unringed));
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => host.DisposeAsync();

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(host.BaseUrl + "/login");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(host.BaseUrl + "/");
    }

    private async Task CheckAsync(IPage page, string path, int width, StringBuilder failures)
    {
        // An invitation link that does not work answers 410 Gone, with its page.
        var response = await page.GotoAsync(host.BaseUrl + path);
        Assert.True(response!.Status == (path.StartsWith("/invite", StringComparison.Ordinal) ? 410 : 200), $"{path}: {response.Status}");
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            failures.Append(CultureInfo.InvariantCulture, $"{path} at {width} px: {violation.Id} ({violation.Impact}) {violation.Help}\n");
            foreach (var node in violation.Nodes.Take(5))
            {
                failures.Append(CultureInfo.InvariantCulture, $"    {node.Target} {node.Html}: {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message))}\n");
            }
        }
    }
}
