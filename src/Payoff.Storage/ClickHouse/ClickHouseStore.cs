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
    private bool disposed;

    private ClickHouseStore(ClickHouseDatabase db) => this.db = db;

    /// <inheritdoc />
    public string Location => db.Address.ToString();

    /// <inheritdoc />
    public long Version => Interlocked.Read(ref version);

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

    /// <inheritdoc />
    public void Changed() => Interlocked.Increment(ref version);

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
