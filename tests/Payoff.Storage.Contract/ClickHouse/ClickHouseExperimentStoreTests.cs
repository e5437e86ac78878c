using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseExperimentStoreTests : ExperimentStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
