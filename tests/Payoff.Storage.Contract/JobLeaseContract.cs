namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="Core.Stores.IStore.TryLeaseAsync"/>: a scheduled job's lease is held by one caller at a time (on ClickHouse across
/// processes and nodes, tested with two stores in <c>ClickHouseLeaseTests</c>), refused at once while held, free again once
/// released, and named only with letters, digits and '_'.
/// </summary>
public abstract class JobLeaseContract : StoreContract
{
    [Fact]
    public async Task A_lease_is_held_once_until_released()
    {
        var store = CreateStore();
        using var closing = store;
        await using (var first = await store.TryLeaseAsync("schedule_1_2"))
        {
            Assert.NotNull(first);
            Assert.Null(await store.TryLeaseAsync("schedule_1_2"));
            await using var other = await store.TryLeaseAsync("alerts");
            Assert.NotNull(other);
        }

        await using var again = await store.TryLeaseAsync("schedule_1_2");
        Assert.NotNull(again);
        await Assert.ThrowsAsync<ArgumentException>(() => store.TryLeaseAsync("drop table; --"));
    }
}
