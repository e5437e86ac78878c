using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseGoalStoreTests : GoalStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
