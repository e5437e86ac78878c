using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseSaltStoreTests : SaltStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
