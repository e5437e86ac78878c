using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Importing;

/// <summary>The workspace's imports (<c>payoff imports list</c>, <c>payoff import history</c>, the Imports page, <c>GET /api/imports</c>).</summary>
public sealed class ImportHistoryHandler(IStore store) : IApplicationHandler
{
    /// <summary>Every import of the workspace, newest first, undone ones with their <see cref="ImportRecord.UndoneAt"/>.</summary>
    public async Task<IReadOnlyList<ImportRecord>> HandleAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Importing.ListAsync(workspace, cancellationToken);
    }
}
