using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Spectre.Console;

namespace Payoff.Cli;

/// <summary>What every command runs with: where output goes, the clock, the environment, and the database.</summary>
/// <param name="Console">Where tables and messages go.</param>
/// <param name="Out">Where machine-readable output (JSON, CSV) goes, unformatted.</param>
/// <param name="Error">Where errors go.</param>
/// <param name="Time">The clock.</param>
/// <param name="Environment">Environment variables (<c>PAYOFF_DB</c>, <c>PAYOFF_WORKSPACE</c>).</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, TimeProvider Time, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>
    /// Opens the store of a database path. The composition root's default opens the DuckDB file; inside
    /// <c>payoff serve</c> a command forwarded by another CLI process gets the server's store instead.
    /// </summary>
    public Func<string, TimeProvider, IStore> StoreFactory { get; init; } = CliComposition.OpenStore;

    /// <summary>The database file used when neither <c>--db</c> nor <c>PAYOFF_DB</c> names one.</summary>
    public const string DefaultDatabase = "payoff.duckdb";

    /// <summary>The database path: <c>--db</c>, else <c>PAYOFF_DB</c>, else <c>payoff.duckdb</c> in the current folder.</summary>
    public string DatabasePath(string? option) =>
        option ?? (Environment.TryGetValue("PAYOFF_DB", out var env) && !string.IsNullOrWhiteSpace(env) ? env : DefaultDatabase);

    /// <summary>The workspace name: <c>--workspace</c>, else <c>PAYOFF_WORKSPACE</c>, else <c>default</c>.</summary>
    public string WorkspaceName(string? option) =>
        option ?? (Environment.TryGetValue("PAYOFF_WORKSPACE", out var env) && !string.IsNullOrWhiteSpace(env) ? env : Workspace.DefaultName);

    /// <summary>
    /// True inside <c>payoff serve</c> for a command forwarded by another CLI process: it must not start a
    /// server of its own (<c>payoff demo</c> builds its data and stops).
    /// </summary>
    public bool Served { get; init; }

    /// <summary>
    /// Opens the store named by <c>--db</c>/<c>PAYOFF_DB</c>; dispose it when the command is done. When
    /// <c>payoff serve</c> holds the file, the command is forwarded there (issue 14 §4).
    /// </summary>
    /// <exception cref="Remote.ServedElsewhereException">A server holds the database and answers on its socket.</exception>
    /// <exception cref="CliException">Another payoff process holds the database.</exception>
    /// <exception cref="StoreException">The database is newer than this Payoff or cannot be read.</exception>
    public IStore OpenStore(string? dbOption)
    {
        var path = DatabasePath(dbOption);
        try
        {
            return StoreFactory(path, Time);
        }
        catch (StoreException ex) when (Remote.DatabaseInUse.Is(ex))
        {
            throw Remote.DatabaseInUse.Explain(path, ex, Environment);
        }
    }

    /// <summary>Finds the selected workspace in an open session, or explains which exist.</summary>
    /// <exception cref="CliException">No such workspace.</exception>
    public async Task<Workspace> WorkspaceAsync(IStoreSession session, IStore store, string? option, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        var name = WorkspaceName(option);
        var workspace = await session.Workspaces.FindAsync(name, cancellationToken);
        if (workspace is null)
        {
            var names = (await session.Workspaces.ListAsync(cancellationToken)).Select(w => w.Name);
            throw new CliException($"There is no workspace '{name}' in {store.Location}. Workspaces: {string.Join(", ", names)}. Create one with: payoff workspace add {name}");
        }

        return workspace;
    }

    /// <summary>Finds the selected workspace in a short session of its own (closed before the command's handlers open theirs), or explains which exist.</summary>
    /// <exception cref="CliException">No such workspace.</exception>
    public async Task<Workspace> WorkspaceAsync(IStore store, string? option, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await WorkspaceAsync(session, store, option, cancellationToken);
    }

}
