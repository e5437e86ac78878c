using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseLedgerReaderTests : LedgerReaderContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
