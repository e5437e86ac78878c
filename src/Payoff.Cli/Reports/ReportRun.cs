using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Reports;

/// <summary>
/// What a report command runs with: the store, one session on it, the selected workspace and the command's
/// handlers (<see cref="CliServices"/>). Disposing it closes the session, then the store.
/// </summary>
internal sealed class ReportRun : IAsyncDisposable
{
    private readonly IStore store;
    private readonly ServiceProvider services;

    private ReportRun(IStore store, ServiceProvider services, IStoreSession session, Workspace workspace)
    {
        this.store = store;
        this.services = services;
        Session = session;
        Workspace = workspace;
    }

    /// <summary>The open session (pass it to the handler: sessions never nest).</summary>
    public IStoreSession Session { get; }

    /// <summary>The workspace named by <c>--workspace</c>.</summary>
    public Workspace Workspace { get; }

    /// <summary>Opens the database of <c>--db</c> and finds the workspace of <c>--workspace</c>.</summary>
    /// <exception cref="CliException">The database is in use, or there is no such workspace.</exception>
    public static async Task<ReportRun> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var store = context.OpenStore(parse.GetValue(GlobalOptions.Database));
        IStoreSession? session = null;
        try
        {
            session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            return new ReportRun(store, CliServices.Create(store, context.Time), session, workspace);
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

    /// <summary>The command's options as request values (<c>--from</c> is <c>from</c>; messages say <c>--from</c>).</summary>
    public static RequestValues Values(params (string Field, string? Value)[] options) =>
        new(options.ToDictionary(o => o.Field, o => o.Value, StringComparer.Ordinal), "--");

    /// <summary>The handler <typeparamref name="T"/>.</summary>
    public T Handler<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await services.DisposeAsync();
        store.Dispose();
    }
}
