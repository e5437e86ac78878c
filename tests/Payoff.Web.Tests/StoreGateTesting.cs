using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

/// <summary>Lets a test read the server's database directly (raw SQL checks), in a store session of its own.</summary>
internal static class StoreGateTesting
{
    /// <summary>Runs <paramref name="work"/> on the database behind <paramref name="gate"/>, waiting for the store's turn like any caller.</summary>
    public static T Run<T>(this StoreGate gate, Func<DuckDbDatabase, T> work)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(work);
        var session = (DuckDbStoreSession)gate.OpenSessionAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            return work(session.Database);
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
