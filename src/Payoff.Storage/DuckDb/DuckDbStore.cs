using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file and its one connection, served to one session at a time.
/// </summary>
/// <remarks>
/// DuckDB lets one process open a file for writing, and one connection is not safe for concurrent use, so
/// <see cref="OpenSessionAsync"/> queues callers (first come, first served) and each session has the
/// connection alone until it is disposed. When DuckDB invalidates the connection after a fatal error, the
/// next session reopens the file.
/// </remarks>
public sealed class DuckDbStore : IStore
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> leases = new(StringComparer.Ordinal);
    private readonly Func<DuckDbDatabase> open;
    private DuckDbDatabase? db;
    private long version;
    private bool disposed;

    /// <summary>Creates the store over an opener; the file is opened at once, so a held file fails here.</summary>
    /// <param name="location">The database file's path, for messages.</param>
    /// <param name="open">Opens (and migrates) the database; called again after DuckDB invalidated the connection.</param>
    /// <exception cref="StoreException">The file is held by another process, is newer than this Payoff, or cannot be read.</exception>
    public DuckDbStore(string location, Func<DuckDbDatabase> open)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(open);
        Location = location;
        this.open = open;
        db = open();
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public long Version => Interlocked.Read(ref version);

    /// <summary>Opens the database file at <paramref name="path"/> (created and migrated when missing).</summary>
    /// <exception cref="StoreException">The file is held by another process, is newer than this Payoff, or cannot be read.</exception>
    public static DuckDbStore Open(string path, TimeProvider time) => new(path, () => DuckDbDatabase.Open(path, time));

    /// <inheritdoc />
    public void Changed() => Interlocked.Increment(ref version);

    /// <inheritdoc />
    /// <remarks>One process holds the file, so the lease is this store's: a semaphore per name.</remarks>
    public Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var gate = leases.GetOrAdd(JobLeases.Checked(name), _ => new SemaphoreSlim(1, 1));
        return Task.FromResult<IAsyncDisposable?>(gate.Wait(0, CancellationToken.None) ? new JobLeases.Release(gate) : null);
    }

    /// <inheritdoc />
    public async ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            db ??= open();
            return new DuckDbStoreSession(db, End);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        turn.Wait();
        try
        {
            disposed = true;
            db?.Dispose();
            db = null;
        }
        finally
        {
            turn.Release();
        }
    }

    private void End(bool invalidated)
    {
        if (invalidated)
        {
            db?.Dispose();
            db = null;
        }

        turn.Release();
    }
}
