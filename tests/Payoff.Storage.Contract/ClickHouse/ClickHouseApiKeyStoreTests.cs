using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseApiKeyStoreTests : ApiKeyStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
