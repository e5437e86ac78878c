using System.CommandLine;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Spectre.Console;

namespace Payoff.Cli;

/// <summary>What every command runs with: where output goes, the clock, the environment, and the database.</summary>
/// <param name="Console">Where tables and messages go.</param>
/// <param name="Out">Where machine-readable output (JSON, CSV) goes, unformatted.</param>
/// <param name="Error">Where errors go.</param>
/// <param name="Time">The clock.</param>
/// <param name="Environment">Environment variables (<c>PAYOFF_STORE</c>, <c>PAYOFF_DB</c>, <c>PAYOFF_WORKSPACE</c>).</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, TimeProvider Time, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>
    /// Opens the store of an address (<see cref="Storage.StoreAddress"/>). The composition root's default opens the DuckDB file
    /// or the ClickHouse database; inside <c>payoff serve</c> a command forwarded by another CLI process gets the server's store instead.
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
    /// The store address of a command line: <c>--store</c>, else <c>--db</c>, else <c>PAYOFF_STORE</c>, else <c>PAYOFF_DB</c>,
    /// else <c>payoff.duckdb</c> in the current folder.
    /// </summary>
    /// <exception cref="CliException"><c>--store</c> and <c>--db</c> are both given, or <c>PAYOFF_STORE</c> and <c>PAYOFF_DB</c> are both set (without either option).</exception>
    public string StoreAddress(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var (store, db) = (parse.GetValue(GlobalOptions.Store), parse.GetValue(GlobalOptions.Database));
        if (store is not null && db is not null)
        {
            throw new CliException($"--store and --db together are an error: give one (--db {db} is --store duckdb:{db}).");
        }

        if ((store ?? db) is { } given)
        {
            return given;
        }

        var (storeEnv, dbEnv) = (Environment.GetValueOrDefault("PAYOFF_STORE"), Environment.GetValueOrDefault("PAYOFF_DB"));
        if (!string.IsNullOrWhiteSpace(storeEnv) && !string.IsNullOrWhiteSpace(dbEnv))
        {
            throw new CliException("PAYOFF_STORE and PAYOFF_DB are both set: unset one, or name the store with --store.");
        }

        return string.IsNullOrWhiteSpace(storeEnv) ? DatabasePath(null) : storeEnv;
    }

    /// <summary>
    /// Opens the store of the command line (<see cref="StoreAddress(ParseResult)"/>); dispose it when the command is done.
    /// When <c>payoff serve</c> holds the DuckDB file, the command is forwarded there (issue 14 §4).
    /// </summary>
    /// <exception cref="Remote.ServedElsewhereException">A server holds the database and answers on its socket.</exception>
    /// <exception cref="CliException">Another payoff process holds the database, or the options name two stores.</exception>
    /// <exception cref="StoreException">The address is malformed, the database is newer than this Payoff or cannot be read, or the ClickHouse server does not answer.</exception>
    public IStore OpenStore(ParseResult parse) => OpenStore(StoreAddress(parse));

    /// <summary>The DuckDB file of the command line, for the commands that work on the embedded file alone (backup, restore).</summary>
    /// <param name="parse">The command line.</param>
    /// <param name="command">The command's name, for the message.</param>
    /// <exception cref="CliException">The command line names a ClickHouse store, or two stores.</exception>
    /// <exception cref="StoreException">The address is malformed.</exception>
    public string FilePath(ParseResult parse, string command)
    {
        var address = Storage.StoreAddress.Parse(StoreAddress(parse));
        return address.FilePath ?? throw new CliException($"payoff {command} works on the embedded DuckDB file, not on {address} (docs/SCALE.md says how a ClickHouse store is backed up and moved).");
    }

    /// <summary>Opens the store at <paramref name="address"/> (a DuckDB path, <c>duckdb:PATH</c> or <c>clickhouse://…</c>).</summary>
    /// <exception cref="Remote.ServedElsewhereException">A server holds the database and answers on its socket.</exception>
    /// <exception cref="CliException">Another payoff process holds the database.</exception>
    /// <exception cref="StoreException">The address is malformed, the database is newer than this Payoff or cannot be read, or the ClickHouse server does not answer.</exception>
    public IStore OpenStore(string address)
    {
        try
        {
            return StoreFactory(address, Time);
        }
        catch (StoreException ex) when (Remote.DatabaseInUse.Is(ex))
        {
            throw Remote.DatabaseInUse.Explain(address, ex, Environment);
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
