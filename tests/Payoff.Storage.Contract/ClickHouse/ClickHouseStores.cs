using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse;
using Payoff.Testing.ClickHouse;

namespace Payoff.Storage.Contract.ClickHouse;

/// <summary>
/// A new, empty ClickHouse store per test: a database of its own on the shared two-shard test cluster, dropped on both nodes
/// when the test's stores are disposed.
/// </summary>
internal static class ClickHouseStores
{
    /// <summary>A store in a new database on the test cluster.</summary>
    /// <exception cref="InvalidOperationException">No ClickHouse server here (the message says why; CI installs it).</exception>
    public static IStore Create(TimeProvider time)
    {
        var cluster = ClickHouseCluster.Shared;
        var address = cluster.Address ?? throw new InvalidOperationException("No ClickHouse server: " + ClickHouseCluster.Skip);
        var store = ClickHouseStore.Open(address with { Database = "contract_" + Guid.NewGuid().ToString("N") }, time);
        return new Dropping(store);
    }

    private sealed class Dropping(ClickHouseStore store) : IStore
    {
        public string Location => store.Location;

        public long Version => store.Version;

        public ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default) => store.OpenSessionAsync(cancellationToken);

        public void Changed() => store.Changed();

        public Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default) => store.TryLeaseAsync(name, cancellationToken);

        public void Dispose()
        {
            Task.Run(() => store.Database.DropAsync()).GetAwaiter().GetResult();
            store.Dispose();
        }
    }
}
