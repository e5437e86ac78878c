using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseImportStoreTests : ImportStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
