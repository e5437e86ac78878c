using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web;

namespace Payoff.Cli.Tests;

/// <summary>The web host over a copy of a <see cref="CliRun"/>'s database, at the CLI's clock, with a key of the default workspace.</summary>
internal sealed record ApiOverCli(WebApplication App, HttpClient Client) : IAsyncDisposable
{
    /// <summary>Starts the host; its client sends a key of <paramref name="scope"/>.</summary>
    public static async Task<ApiOverCli> StartAsync(CliRun cli, ApiKeyScope scope)
    {
        var path = Path.Combine(cli.Folder, "api.duckdb");
        string key;
        using (var db = DuckDbDatabase.Open(cli.Database, TimeProvider.System))
        {
            var workspace = (await new DuckDbWorkspaceStore(db).FindAsync("default"))!;
            key = new DuckDbApiKeyStore(db).Create(workspace, "surfaces", scope).Secret;
            db.Execute("CHECKPOINT");
        }

        File.Copy(cli.Database, path, overwrite: true);
        var app = PayoffWeb.Build(new WebOptions { DatabasePath = path, Urls = "http://127.0.0.1:0", Time = cli.Time }, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.ClearProviders();
        });
        await app.StartAsync();
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", key);
        return new ApiOverCli(app, client);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
