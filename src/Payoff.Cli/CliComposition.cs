using Payoff.Core.Stores;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli;

/// <summary>
/// The CLI's composition root: the one place that names the storage engine. Everything else in the CLI
/// reaches data through Core's store contracts (<see cref="IStore"/>, <see cref="IStoreSession"/>).
/// </summary>
public static class CliComposition
{
    /// <summary>Opens the embedded DuckDB file at <paramref name="path"/> (created and migrated when missing).</summary>
    /// <exception cref="StoreException">The file is held by another process, is newer than this Payoff, or cannot be read.</exception>
    public static IStore OpenStore(string path, TimeProvider time) => DuckDbStore.Open(path, time);

    /// <summary>Writes a consistent copy of the database of <paramref name="session"/> (held alone for the call) to <paramref name="target"/>.</summary>
    /// <returns>The copy's size in bytes.</returns>
    /// <exception cref="StoreException">The target exists or cannot be written.</exception>
    public static long Backup(IStoreSession session, string target) => DuckDbBackup.Write(((DuckDbStoreSession)session).Database, target);

    /// <summary>The schema version of the Payoff database <paramref name="path"/>, read without changing it.</summary>
    /// <exception cref="StoreException">It is not a Payoff database this build can open.</exception>
    public static int Inspect(string path) => DuckDbBackup.Inspect(path);
}
