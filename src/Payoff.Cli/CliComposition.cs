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
    public static IStore OpenDuckDb(string path, TimeProvider time) => DuckDbStore.Open(path, time);
}
