using Payoff.Core.Stores;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Contract.DuckDb;

public sealed class DuckDbSharedLimitsStoreTests : SharedLimitsStoreContract
{
    protected override IStore CreateStore() => DuckDbStore.Open(NewDatabasePath(), Time);
}
