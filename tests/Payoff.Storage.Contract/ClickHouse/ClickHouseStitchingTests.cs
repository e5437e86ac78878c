using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseStitchingTests : StitchingContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
