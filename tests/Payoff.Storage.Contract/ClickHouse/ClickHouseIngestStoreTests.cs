using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseIngestStoreTests : IngestStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
