using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse.Adapters;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// Payoff on ClickHouse (docs/SCALE.md): a database on one server or sharded over a cluster, opened by its store address
/// (<see cref="ClickHouseAddress"/>). Unlike the embedded file, any number of sessions, processes and machines use it at once.
/// </summary>
public sealed class ClickHouseStore : IStore
{
    private readonly ClickHouseDatabase db;
    private long version;
    private long shared;
    private long polledAt;
    private int polling;
    private bool disposed;

    /// <summary>How often <see cref="Version"/> looks at the changes other nodes recorded: at most every 2 seconds.</summary>
    public static readonly TimeSpan VersionPoll = TimeSpan.FromSeconds(2);

    private ClickHouseStore(ClickHouseDatabase db) => this.db = db;

    /// <inheritdoc />
    public string Location => db.Address.ToString();

    /// <summary>
    /// Goes up whenever this process or any other node marked the data changed (<see cref="Changed"/>): this process's own
    /// changes at once, other nodes' within <see cref="VersionPoll"/> (read in the background from <c>store_changes</c>, a
    /// counter every node adds to), so a page cached on one node is recomputed after a write on another.
    /// </summary>
    public long Version
    {
        get
        {
            PollShared();
            return Interlocked.Read(ref version) + Interlocked.Read(ref shared);
        }
    }

    /// <summary>The database (for code inside <c>Payoff.Storage</c>, tests and the hosts' composition roots).</summary>
    public ClickHouseDatabase Database => db;

    /// <summary>Opens the store at <paramref name="address"/>, making its database and schema when missing.</summary>
    /// <exception cref="StoreException">A node does not answer or refuses the schema.</exception>
    public static async Task<ClickHouseStore> OpenAsync(ClickHouseAddress address, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var db = await ClickHouseDatabase.OpenAsync(address, time, cancellationToken).ConfigureAwait(false);
        try
        {
            var workspaces = new ClickHouseWorkspaceStore(db, new ClickHouseScopes(db));
            await workspaces.EnsureDefaultAsync().ConfigureAwait(false);
            await new ClickHouseImportStore(db, new ClickHouseEvents(db)).RecoverAsync(await workspaces.ListAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return new ClickHouseStore(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>Opens the store at <paramref name="address"/> from synchronous code (the hosts' composition).</summary>
    /// <exception cref="StoreException">A node does not answer or refuses the schema.</exception>
    public static ClickHouseStore Open(ClickHouseAddress address, TimeProvider time) =>
        Task.Run(() => OpenAsync(address, time)).GetAwaiter().GetResult();

    /// <summary>Marks the data changed here at once, and for every other node through <c>store_changes</c> (a failed write there only delays them to their caches' lifetime).</summary>
    public void Changed()
    {
        Interlocked.Increment(ref version);
        _ = Task.Run(async () =>
        {
            try
            {
                await db.InsertAsync("store_changes", ["k", "n"], [[(byte)0, 1L]]).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or TaskCanceledException or ObjectDisposedException)
            {
                // Other nodes see the change when their cached pages expire (a minute) instead.
            }
        });
    }

    private void PollShared()
    {
        var now = Environment.TickCount64;
        if (disposed || now - Interlocked.Read(ref polledAt) < (long)VersionPoll.TotalMilliseconds || Interlocked.Exchange(ref polling, 1) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref polledAt, now);
        _ = Task.Run(async () =>
        {
            try
            {
                var total = ClickHouseDatabase.Number(await db.ScalarAsync("SELECT sum(n) FROM store_changes").ConfigureAwait(false) ?? "0");
                Interlocked.Exchange(ref shared, Math.Max(Interlocked.Read(ref shared), total));
            }
            catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or TaskCanceledException or ObjectDisposedException or FormatException)
            {
                // The next poll tries again.
            }
            finally
            {
                Interlocked.Exchange(ref polling, 0);
            }
        });
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            return await ClickHouseLease.AcquireAsync(db, "job_" + JobLeases.Checked(name), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return ValueTask.FromResult<IStoreSession>(new ClickHouseStoreSession(db));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            db.Dispose();
        }
    }
}
