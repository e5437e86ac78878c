using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseSiteStoreTests : SiteStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
