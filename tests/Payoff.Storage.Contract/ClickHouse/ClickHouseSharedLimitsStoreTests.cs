using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseSharedLimitsStoreTests : SharedLimitsStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
