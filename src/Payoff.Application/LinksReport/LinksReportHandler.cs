using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.LinksReport;

/// <summary>Reads the links report: the one place a host reads the tracked links' results.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class LinksReportHandler(IStore store) : IApplicationHandler
{
    /// <summary>Reads the report in a session of its own.</summary>
    public async Task<LinksReportResult> HandleAsync(Workspace workspace, LinksReportRequest request, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Reads the report in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    public static async Task<LinksReportResult> HandleAsync(IStoreSession session, Workspace workspace, LinksReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var rows = await session.LinkResults.ReadAsync(workspace, request.Range, cancellationToken);
        return new LinksReportResult(workspace.Name, workspace.Currency, request.Range, rows);
    }
}
