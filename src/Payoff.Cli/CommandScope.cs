using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli;

/// <summary>
/// What a command that reads or writes a workspace runs with: the store of <c>--db</c>, the workspace of
/// <c>--workspace</c>, and the application's handlers over that store (<see cref="CliServices"/>). By default the
/// workspace is found in a session closed again at once, so handlers open their own and never nest; a command
/// that reads the session directly asks for one to be held (<see cref="Session"/>) and passes it to the handlers'
/// session overloads instead. Disposing it closes the session, the handlers, then the store. Request values:
/// <see cref="Reports.ReportOptions.Values"/>.
/// </summary>
internal sealed class CommandScope : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly IStoreSession? session;

    private CommandScope(IStore store, Workspace workspace, ServiceProvider services, IStoreSession? session)
    {
        Store = store;
        Workspace = workspace;
        this.services = services;
        this.session = session;
    }

    /// <summary>The store; disposed with the scope.</summary>
    public IStore Store { get; }

    /// <summary>The selected workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>The session held for the whole command (opened with <c>holdSession: true</c>): pass it to a handler's session overload, never call an <see cref="IStore"/> overload while it is open.</summary>
    /// <exception cref="InvalidOperationException">The scope was opened without a held session.</exception>
    public IStoreSession Session => session ?? throw new InvalidOperationException("This command scope holds no session: open it with holdSession: true.");

    /// <summary>Opens the store and finds the workspace of the command line's global options, holding no session.</summary>
    /// <exception cref="CliException">The database is in use, or there is no such workspace.</exception>
    public static Task<CommandScope> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken) =>
        OpenAsync(context, parse, holdSession: false, cancellationToken);

    /// <summary>Opens the store and finds the workspace; with <paramref name="holdSession"/> the session it was found in stays open as <see cref="Session"/>.</summary>
    /// <exception cref="CliException">The database is in use, or there is no such workspace.</exception>
    public static async Task<CommandScope> OpenAsync(CliContext context, ParseResult parse, bool holdSession, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var store = context.OpenStore(parse);
        Timings.Mark("database opened");
        IStoreSession? session = null;
        try
        {
            session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            if (!holdSession)
            {
                await session.DisposeAsync();
                session = null;
            }

            Timings.Mark("workspace found");
            var services = CliServices.Create(store, context.Time, context.Environment);
            Timings.Mark("handlers built");
            return new CommandScope(store, workspace, services, session);
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

    /// <summary>The handler of type <typeparamref name="T"/>.</summary>
    public T Handler<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        await services.DisposeAsync();
        Store.Dispose();
    }
}
