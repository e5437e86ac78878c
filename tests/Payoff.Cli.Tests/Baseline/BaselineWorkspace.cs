using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// One deterministic workspace of the baseline: a DuckDB file built once through the real commands at a
/// fixed clock, the ranges its reports read, and a read key for the API (on a copy of the file, so the
/// CLI and the web host never hold the same database).
/// </summary>
public abstract class BaselineWorkspace : IDisposable
{
    private readonly CliRun cli;
    private readonly SemaphoreSlim starting = new(1, 1);
    private WebApplication? app;
    private HttpClient? client;

    protected BaselineWorkspace(string name, string workspace, DateTimeOffset now, Action<CliRun> build)
    {
        Name = name;
        Workspace = workspace;
        cli = new CliRun();
        cli.Time.SetUtcNow(now);
        build(cli);
        using (var db = DuckDbDatabase.Open(cli.Database, TimeProvider.System))
        {
            var owner = new DuckDbWorkspaceStore(db).FindAsync(workspace).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"The {name} workspace has no workspace '{workspace}'.");
            ReadKey = new DuckDbApiKeyStore(db).Create(owner, "baseline", ApiKeyScope.Read).Secret;
        }

        ApiDatabase = Path.Combine(cli.Folder, "api.duckdb");
        File.Copy(cli.Database, ApiDatabase);
        if (File.Exists(cli.Database + ".wal"))
        {
            File.Copy(cli.Database + ".wal", ApiDatabase + ".wal");
        }
    }

    /// <summary>The name golden files carry (<c>demo</c>, <c>shop</c>, <c>platforms</c>).</summary>
    public string Name { get; }

    /// <summary>The workspace inside the database the reports read.</summary>
    public string Workspace { get; }

    /// <summary>The fixed clock of the CLI and the web host.</summary>
    public FakeTimeProvider Time => cli.Time;

    /// <summary>A read key of <see cref="Workspace"/>; its secret is random and never part of a report.</summary>
    public string ReadKey { get; }

    /// <summary>The copy of the database the web host serves.</summary>
    public string ApiDatabase { get; }

    /// <summary>Runs a command against the workspace's database.</summary>
    public (int ExitCode, string Out, string Error) Run(params string[] args) => cli.Run([.. args, "-w", Workspace]);

    /// <summary>A client of the web host over <see cref="ApiDatabase"/> at the fixed clock, sending <see cref="ReadKey"/>; the host starts on first use.</summary>
    public async Task<HttpClient> ApiAsync()
    {
        await starting.WaitAsync();
        try
        {
            if (client is null)
            {
                var options = new WebOptions { DatabasePath = ApiDatabase, Urls = "http://127.0.0.1:0", Time = Time };
                app = PayoffWeb.Build(options, b =>
                {
                    b.WebHost.UseTestServer();
                    b.Logging.ClearProviders();
                });
                await app.StartAsync();
                client = app.GetTestClient();
                client.DefaultRequestHeaders.Add("X-Payoff-Key", ReadKey);
            }

            return client;
        }
        finally
        {
            starting.Release();
        }
    }

    protected static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    /// <exception cref="InvalidOperationException">The command failed; the message holds its output.</exception>
    protected static void Ok(CliRun cli, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var (code, output, error) = cli.Run(args);
        if (code != 0)
        {
            throw new InvalidOperationException($"payoff {string.Join(' ', args)} failed ({code}): {output}{error}");
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        client?.Dispose();
        if (app is not null)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }

        starting.Dispose();
        cli.Dispose();
    }
}
