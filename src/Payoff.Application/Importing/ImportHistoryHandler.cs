using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Importing;

/// <summary>The workspace's imports (<c>payoff imports list</c>, <c>payoff import history</c>, the Imports page, <c>GET /api/imports</c>).</summary>
public sealed class ImportHistoryHandler(IStore store) : IApplicationHandler
{
    /// <summary>Every import of the workspace, newest first, undone ones with their <see cref="ImportRecord.UndoneAt"/>; in a session of its own.</summary>
    public async Task<IReadOnlyList<ImportRecord>> HandleAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, cancellationToken);
    }

    /// <summary>The same, read through <paramref name="session"/> (a page that already holds one).</summary>
    public static async Task<IReadOnlyList<ImportRecord>> HandleAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        return await session.Importing.ListAsync(workspace, cancellationToken);
    }
}
