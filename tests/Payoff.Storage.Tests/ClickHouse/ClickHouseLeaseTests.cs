using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse;
using Payoff.Testing.ClickHouse;

namespace Payoff.Storage.Tests.ClickHouse;

/// <summary>
/// The lease across processes and nodes (<see cref="ClickHouseLease"/>) on the real server: holders never overlap, a
/// released lease is taken at once, and one whose holder died (its expiry passed) is taken over by exactly one caller.
/// </summary>
[Collection(ClickHouseTests.Name)]
public sealed class ClickHouseLeaseTests(ClickHouseCluster cluster)
{
    [ClickHouseFact]
    public async Task Holders_from_separate_stores_never_overlap()
    {
        var address = cluster.Address! with { Database = "lease_" + Guid.NewGuid().ToString("N") };
        using var first = await ClickHouseDatabase.OpenAsync(address, TimeProvider.System);
        using var second = await ClickHouseDatabase.OpenAsync(address, TimeProvider.System);
        var inside = 0;
        var overlaps = 0;
        var entries = 0;

        async Task WorkAsync(ClickHouseDatabase db)
        {
            for (var i = 0; i < 8; i++)
            {
                await using var lease = await ClickHouseLease.AcquireAsync(db, "work");
                if (Interlocked.Increment(ref inside) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                Interlocked.Increment(ref entries);
                await Task.Delay(10);
                Interlocked.Decrement(ref inside);
            }
        }

        await Task.WhenAll(WorkAsync(first), WorkAsync(second), WorkAsync(first), WorkAsync(second));

        Assert.Equal((0, 32), (overlaps, entries));
        await first.DropAsync();
    }

    [ClickHouseFact]
    public async Task A_cluster_whose_shards_share_a_host_needs_their_http_addresses()
    {
        // The test cluster's two shards are two servers on 127.0.0.1: without nodes= Payoff cannot tell their HTTP ports.
        var address = cluster.Address! with { Database = "shared_host_" + Guid.NewGuid().ToString("N"), Nodes = [] };

        var refused = await Assert.ThrowsAsync<StoreException>(() => ClickHouseDatabase.OpenAsync(address, TimeProvider.System));

        Assert.Contains("share a host", refused.Message, StringComparison.Ordinal);
        Assert.Contains("&nodes=HOST:PORT,HOST:PORT", refused.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<StoreException>(() => ClickHouseDatabase.OpenAsync(address with { Cluster = "nosuch" }, TimeProvider.System));
        Assert.Contains("no cluster 'nosuch'", missing.Message, StringComparison.Ordinal);
    }

    [ClickHouseFact]
    public async Task A_lease_whose_holder_died_is_taken_over_once_it_expired()
    {
        var address = cluster.Address! with { Database = "lease_" + Guid.NewGuid().ToString("N") };
        using var db = await ClickHouseDatabase.OpenAsync(address, TimeProvider.System);

        // A holder that died an hour after its lease ran out: its table and row stay behind.
        await db.ExecuteAsync("CREATE TABLE lease_dead ENGINE = TinyLog AS SELECT 'gone' AS holder, toInt64($1) AS expires", ClickHouseDatabase.Micros(DateTimeOffset.UtcNow.AddHours(-1)));
        await using (var taken = await ClickHouseLease.AcquireAsync(db, "dead", TimeSpan.FromSeconds(10)))
        {
            // A live lease is not taken: a second caller waits and gives up.
            await Assert.ThrowsAsync<TimeoutException>(() => ClickHouseLease.AcquireAsync(db, "dead", TimeSpan.FromMilliseconds(300)));
        }

        await using (var again = await ClickHouseLease.AcquireAsync(db, "dead", TimeSpan.FromSeconds(1)))
        {
            Assert.NotNull(again);
        }

        await db.DropAsync();
    }
}
