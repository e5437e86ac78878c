using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseLocalDaysTests : LocalDaysContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
