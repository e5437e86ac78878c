using Payoff.Core.Stores;
using Payoff.Storage;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli;

/// <summary>
/// The CLI's composition root: the one place that names the storage engine. Everything else in the CLI
/// reaches data through Core's store contracts (<see cref="IStore"/>, <see cref="IStoreSession"/>).
/// </summary>
public static class CliComposition
{
    /// <summary>
    /// Opens the store at <paramref name="address"/> (<see cref="StoreAddress"/>): a DuckDB file path or <c>duckdb:PATH</c>
    /// (created and migrated when missing), or a <c>clickhouse://</c> database (made on every node when missing).
    /// </summary>
    /// <exception cref="StoreException">The address is malformed; the file is held by another process, is newer than this Payoff, or cannot be read; the ClickHouse server does not answer.</exception>
    public static IStore OpenStore(string address, TimeProvider time) => StoreAddress.Parse(address).Open(time);

    /// <summary>Writes a consistent copy of the database of <paramref name="session"/> (held alone for the call) to <paramref name="target"/>.</summary>
    /// <returns>The copy's size in bytes.</returns>
    /// <exception cref="StoreException">The target exists or cannot be written, or the store is not the embedded file (ClickHouse is backed up with its own tools, docs/SCALE.md).</exception>
    public static long Backup(IStoreSession session, string target) => session is DuckDbStoreSession duck
        ? DuckDbBackup.Write(duck.Database, target)
        : throw new StoreException("payoff backup copies the embedded DuckDB file; back a ClickHouse store up with ClickHouse's own tools (docs/SCALE.md).");

    /// <summary>The schema version of the Payoff database <paramref name="path"/>, read without changing it.</summary>
    /// <exception cref="StoreException">It is not a Payoff database this build can open.</exception>
    public static int Inspect(string path) => DuckDbBackup.Inspect(path);
}
