using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Tests;

/// <summary>
/// The served app (Kestrel on a loopback port, a test database seeded first) and Debian's Chromium
/// driven by Playwright: what the browser tests of the dashboard run against.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "payoff-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? payoff;
    private IPlaywright? playwright;
    private bool disposed;

    /// <summary>The server's base URL.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>A folder for the test's files, deleted at the end.</summary>
    public string Folder => folder;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>True when Chromium is there to drive (else the tests are skipped, except on CI).</summary>
    public static bool Available => File.Exists(ChromiumFactAttribute.Path) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Seeds the database (its default workspace), starts the server and the browser.</summary>
    public async Task StartAsync(Func<DuckDbDatabase, Workspace, Task> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        Directory.CreateDirectory(folder);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var options = new WebOptions { DatabasePath = Path.Combine(folder, "p.duckdb"), Urls = BaseUrl };
        using (var db = DuckDbDatabase.Open(options.DatabasePath, TimeProvider.System))
        {
            await seed(db, (await new DuckDbWorkspaceStore(db).ListAsync()).Single());
        }

        payoff = PayoffWeb.Build(options, b => b.Logging.ClearProviders());
        await payoff.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(playwright);
    }

    /// <summary>Debian's Chromium, headless, with the flags this machine needs.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The page's console errors and warnings and its uncaught exceptions, each with the page's address, as they happen.</summary>
    public static List<string> Problems(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add($"{page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"{page.Url}: {e}");
        return problems;
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
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
}
