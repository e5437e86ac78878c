using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseAudienceStoreTests : AudienceStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
