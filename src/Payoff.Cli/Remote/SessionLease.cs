using Payoff.Core.Stores;

namespace Payoff.Cli.Remote;

/// <summary>
/// Transitional (issue 14): a store session held for the rest of one forwarded command, for commands that
/// still open the database directly (<see cref="CliContext.Open"/>). Opened on first use, ended with the command.
/// </summary>
/// <param name="store">The server's store.</param>
internal sealed class SessionLease(IStore store) : IAsyncDisposable
{
    private IStoreSession? session;

    /// <summary>The held session, opened (waiting for its turn) on the first call.</summary>
    public IStoreSession Session() =>
        session ??= store.OpenSessionAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Ends the session, if one was opened.</summary>
    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }
}
