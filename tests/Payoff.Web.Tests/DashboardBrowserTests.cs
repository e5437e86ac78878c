using Microsoft.Playwright;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The dashboard in Debian's Chromium: sign in, the overview renders without console errors, sign out.</summary>
public sealed class DashboardBrowserTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly DashboardHost host = new();
    private IBrowser? browser;
    private string baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        if (!DashboardHost.Available)
        {
            return;
        }

        await host.StartAsync((db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            return Task.CompletedTask;
        });
        (browser, baseUrl) = (host.Browser, host.BaseUrl);
    }

    [ChromiumFact]
    public async Task Signing_in_opens_the_overview_without_console_errors_and_signing_out_closes_it()
    {
        var page = await browser!.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add(m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add(e);

        await page.GotoAsync(baseUrl + "/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", "viewer@example.com");
        await page.FillAsync("#password", "wrong password here");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("do not match an account", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);

        await page.FillAsync("#email", "viewer@example.com");
        await page.FillAsync("#password", "a long viewer password");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/");
        Assert.Equal("default", await page.InnerTextAsync("h1"));
        Assert.Contains("No data in this period yet", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(36, 86, 214)", await page.EvalOnSelectorAsync<string>("header .brand", "e => getComputedStyle(e).color"));

        await page.ClickAsync("nav.pages >> text=Sources");
        await page.WaitForURLAsync(baseUrl + "/sources");
        Assert.Equal("Sources", await page.InnerTextAsync("h1"));
        await page.ClickAsync("text=Last 7 days");
        Assert.Contains("from=", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("text=Sign out");
        await page.WaitForURLAsync(baseUrl + "/login");
        await page.GotoAsync(baseUrl + "/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => host.DisposeAsync();
}
