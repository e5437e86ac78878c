using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseKeyRingStoreTests : KeyRingStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
