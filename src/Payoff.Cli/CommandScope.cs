using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli;

/// <summary>
/// What a command that reads or writes a workspace runs with: the store of <c>--db</c>, the workspace of
/// <c>--workspace</c> (found in a session closed again at once, so handlers open their own and never nest),
/// and the application's handlers over that store (<see cref="CliServices"/>).
/// </summary>
internal sealed class CommandScope : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CommandScope(IStore store, Workspace workspace, ServiceProvider services)
    {
        Store = store;
        Workspace = workspace;
        this.services = services;
    }

    /// <summary>The store; disposed with the scope.</summary>
    public IStore Store { get; }

    /// <summary>The selected workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>Opens the store and finds the workspace of the command line's global options.</summary>
    /// <exception cref="CliException">The database is in use, or there is no such workspace.</exception>
    public static async Task<CommandScope> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var store = context.OpenStore(parse.GetValue(GlobalOptions.Database));
        try
        {
            Workspace workspace;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            }

            return new CommandScope(store, workspace, CliServices.Create(store, context.Time));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The field values of the command's options, named as the CLI names them (<c>--deadline</c>).</summary>
    public static RequestValues Values(IReadOnlyDictionary<string, string?> values) => new(values, "--");

    /// <summary>The handler of type <typeparamref name="T"/>.</summary>
    public T Handler<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Store.Dispose();
    }
}
