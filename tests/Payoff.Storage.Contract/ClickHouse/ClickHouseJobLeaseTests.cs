using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseJobLeaseTests : JobLeaseContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
