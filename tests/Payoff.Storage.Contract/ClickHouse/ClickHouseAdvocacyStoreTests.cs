using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseAdvocacyStoreTests : AdvocacyStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
