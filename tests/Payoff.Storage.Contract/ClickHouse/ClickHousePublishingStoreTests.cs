using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHousePublishingStoreTests : PublishingStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
