using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Tests;

/// <summary>The demo workspace (goals, costs, time and a fee included) opened through a <see cref="CountingStoreSession"/>, for the one-read tests.</summary>
/// <param name="Cli">The CLI run that made it (its clock and database).</param>
/// <param name="Store">The store opened on the database.</param>
/// <param name="Session">The counting session.</param>
/// <param name="Workspace">The demo workspace.</param>
/// <param name="Today">Today in the workspace's zone on the CLI's clock.</param>
public sealed record CountedDemo(CliRun Cli, IStore Store, CountingStoreSession Session, Workspace Workspace, DateOnly Today) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Exact = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>A report as JSON with every number as written, for comparing one read's figures with the separate reports'.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Exact);

    /// <summary>The demo workspace of about <paramref name="sessions"/> sessions.</summary>
    public static async Task<CountedDemo> CreateAsync(int sessions)
    {
        var cli = new CliRun();
        var run = cli.Run("demo", "--no-serve", "--sessions", sessions.ToString(CultureInfo.InvariantCulture));
        Assert.True(run.ExitCode == 0, run.Error);
        var store = CliComposition.OpenStore(cli.Database, cli.Time);
        var session = new CountingStoreSession(await store.OpenSessionAsync());
        var workspace = (await session.Workspaces.FindAsync("demo"))!;
        return new CountedDemo(cli, store, session, workspace, workspace.Calendar.Today(cli.Time));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        Store.Dispose();
        Cli.Dispose();
    }
}
