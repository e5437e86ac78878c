using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseUserStoreTests : UserStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
