using System.CommandLine;
using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Costs;

/// <summary>
/// What a cost setup command (<c>payoff time</c>, <c>fee</c>, <c>value</c>, <c>currency</c>) runs with: the store of
/// <c>--db</c>, one session over it (the command's only one, so sessions never nest) and the workspace of
/// <c>--workspace</c> read through that session.
/// </summary>
internal sealed class CostSetupSession : IAsyncDisposable
{
    private readonly IStore store;

    private CostSetupSession(IStore store, IStoreSession session, Workspace workspace)
    {
        this.store = store;
        Session = session;
        Workspace = workspace;
    }

    /// <summary>The open session; disposed with this.</summary>
    public IStoreSession Session { get; }

    /// <summary>The selected workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>The session's cost setup: time, rates, fees, currency rates and assigned values.</summary>
    public ICostSetupStore Setup => Session.CostSetup;

    /// <summary>Opens the store and a session, and finds the workspace of the command line's global options.</summary>
    /// <exception cref="CliException">The database is in use, or there is no such workspace.</exception>
    public static async Task<CostSetupSession> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var store = context.OpenStore(parse.GetValue(GlobalOptions.Database));
        IStoreSession? session = null;
        try
        {
            session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            return new CostSetupSession(store, session, workspace);
        }
        catch
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            store.Dispose();
            throw;
        }
    }

    /// <summary>The network of a <c>--network</c> value, as <see cref="NetworkOption"/> accepts it.</summary>
    /// <exception cref="CliException">The name is not a network this workspace can use.</exception>
    public Task<string> NetworkAsync(string text, string option, CancellationToken cancellationToken) =>
        NetworkOption.ResolveAsync(Session, Workspace, text, option, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        store.Dispose();
    }
}
