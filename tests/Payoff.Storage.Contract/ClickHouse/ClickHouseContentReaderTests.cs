using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseContentReaderTests : ContentReaderContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
