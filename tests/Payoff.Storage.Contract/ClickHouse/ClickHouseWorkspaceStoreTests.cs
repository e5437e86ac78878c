using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseWorkspaceStoreTests : WorkspaceStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
