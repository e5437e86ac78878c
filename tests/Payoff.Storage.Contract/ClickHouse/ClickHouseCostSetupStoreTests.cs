using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseCostSetupStoreTests : CostSetupStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
