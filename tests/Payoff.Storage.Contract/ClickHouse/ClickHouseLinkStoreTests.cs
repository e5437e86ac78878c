using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseLinkStoreTests : LinkStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
