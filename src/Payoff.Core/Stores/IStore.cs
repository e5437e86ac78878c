namespace Payoff.Core.Stores;

/// <summary>
/// One Payoff database — the embedded DuckDB file by default — as the hosts see it: it hands out
/// <see cref="IStoreSession"/>s, and keeps the data version that cached report pages are checked against.
/// </summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>A session is used by one caller at a time. <see cref="OpenSessionAsync"/> waits (asynchronously) until
/// the store can serve another caller; an embedded engine with one connection serves one session at a time,
/// so a session must be disposed as soon as its work is done.</item>
/// <item><see cref="Version"/> only goes up; <see cref="Changed"/> is called after every write a person made
/// (an import, an undo, a cost, a goal, a setting) so that caches of report figures are recomputed.</item>
/// <item>A new store holds the default workspace and nothing else; opening it brings its schema up to date.</item>
/// <item>Disposing the store closes it; sessions still open fail afterwards with <see cref="ObjectDisposedException"/>.</item>
/// </list>
/// </remarks>
public interface IStore : IDisposable
{
    /// <summary>Where the data lives, for messages (the database file's path, or a server address without credentials).</summary>
    string Location { get; }

    /// <summary>A session of this store; dispose it to let the next caller in.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting for its turn.</exception>
    ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default);

    /// <summary>The data version: goes up whenever a person's request may have changed stored data.</summary>
    long Version { get; }

    /// <summary>Marks the data as changed (moves <see cref="Version"/>).</summary>
    void Changed();

    /// <summary>
    /// Takes the job lease <paramref name="name"/> (letters, digits and '_') when no other caller holds it — in this process,
    /// or, for a store several servers share, on any node — so a scheduled job runs once, not once per node (issue 21 §6).
    /// Returns null at once when it is held elsewhere. Dispose the lease to release it; a holder that dies loses it after
    /// the engine's lease time (ten minutes on ClickHouse).
    /// </summary>
    /// <exception cref="ArgumentException">The name holds other characters than letters, digits and '_'.</exception>
    Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default);
}
