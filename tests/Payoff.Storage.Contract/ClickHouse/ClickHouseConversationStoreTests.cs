using Payoff.Core.Stores;

namespace Payoff.Storage.Contract.ClickHouse;

public sealed class ClickHouseConversationStoreTests : ConversationStoreContract
{
    protected override IStore CreateStore() => ClickHouseStores.Create(Time);
}
