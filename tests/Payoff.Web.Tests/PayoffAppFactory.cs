using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Payoff.Core.Access;
using Payoff.Core.Collect;
using Payoff.Core.Links;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;
using Payoff.Web.Collect;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

/// <summary>
/// Runs Payoff's web app in memory (TestServer) over a real DuckDB file in a temporary folder, with
/// intent methods for the tests: a workspace with a site, links and keys, sending events, waiting
/// until they are stored, and reading the store.
/// </summary>
public sealed class PayoffAppFactory : IAsyncDisposable
{
    public const string Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "payoff-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public PayoffAppFactory()
    {
        Directory.CreateDirectory(folder);
        // Small spool segments: each app zero-writes its own, and tests cross segment boundaries sooner.
        Options = new WebOptions { DatabasePath = Path.Combine(folder, "payoff.duckdb"), Urls = "http://127.0.0.1:0", SpoolSegmentBytes = 1L << 20 };
    }

    public WebOptions Options { get; set; }

    /// <summary>More setup of the app before it starts (e.g. a startup filter), after the test server and logging.</summary>
    public Action<WebApplicationBuilder>? Configure { get; set; }

    public string Folder => folder;

    public Workspace Workspace { get; private set; } = null!;

    public Site Site { get; private set; } = null!;

    public string WriteKey { get; private set; } = null!;

    public string ReadKey { get; private set; } = null!;

    /// <summary>Sets up the store (workspace "default", site example.com, keys) before the app starts.</summary>
    public PayoffAppFactory WithSite(IdentityMode identity = IdentityMode.Cookie, bool honourDnt = false, Action<DuckDbDatabase, Workspace>? seed = null)
    {
        using var db = DuckDbDatabase.Open(Options.DatabasePath, TimeProvider.System);
        Workspace = new DuckDbWorkspaceStore(db).ListAsync().GetAwaiter().GetResult().Single();
        Site = new DuckDbSiteStore(db).Add(Workspace, "example.com", identity, honourDnt);
        WriteKey = new DuckDbApiKeyStore(db).Create(Workspace, "backend", ApiKeyScope.Write).Secret;
        ReadKey = new DuckDbApiKeyStore(db).Create(Workspace, "reader", ApiKeyScope.Read).Secret;
        seed?.Invoke(db, Workspace);
        return this;
    }

    public TrackedLink AddLink(string slug, string to = "https://example.com/spring", string campaign = "spring") =>
        Run(db => new DuckDbLinkStore(db).Add(Workspace, slug, to, new LinkTags("facebook", "social", campaign)));

    public HttpClient Client()
    {
        app ??= Start();
        return app.GetTestClient();
    }

    public IServiceProvider Services => (app ??= Start()).Services;

    public T Run<T>(Func<DuckDbDatabase, T> work)
    {
        if (app is null)
        {
            using var db = DuckDbDatabase.Open(Options.DatabasePath, TimeProvider.System);
            return work(db);
        }

        return app.Services.GetRequiredService<StoreGate>().Run(work);
    }

    public long Count(string sql, params object?[] args) => Run(db => db.Scalar<long>(sql, args));

    public T Scalar<T>(string sql, params object?[] args) => Run(db => db.Scalar<T>(sql, args));

    /// <summary>Waits until everything acknowledged is in the store.</summary>
    public async Task FlushAsync()
    {
        var ingest = Services.GetRequiredService<IngestService>();
        for (var i = 0; i < 400 && ingest.Lag > 0; i++)
        {
            await Task.Delay(25);
        }

        await Task.Delay(50);
        for (var i = 0; i < 400 && ingest.Lag > 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(0, ingest.Lag);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<HttpResponseMessage> SendAsync(string json, string? userAgent = Chrome, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event") { Content = Json(json) };
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        configure?.Invoke(request);
        return await Client().SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<T>())!;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WebApplication Start()
    {
        var built = PayoffWeb.Build(Options, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.ClearProviders();
            Configure?.Invoke(b);
        });
        built.StartAsync().GetAwaiter().GetResult();
        return built;
    }
}
