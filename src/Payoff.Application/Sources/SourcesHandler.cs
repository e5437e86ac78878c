using Payoff.Core.Reporting.Sources;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Sources;

/// <summary>Builds the sources report: the one place Core's <see cref="SourcesReportBuilder"/> is constructed.</summary>
public sealed class SourcesHandler(IStore store) : IApplicationHandler
{
    /// <summary>The report of <paramref name="request"/>, read in a session of its own.</summary>
    /// <exception cref="Requests.RequestException">The network is unknown.</exception>
    public async Task<SourcesReport> HandleAsync(Workspace workspace, SourcesRequest request, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>The report of <paramref name="request"/>, read through <paramref name="session"/> (a caller already holding one).</summary>
    /// <exception cref="Requests.RequestException">The network is unknown.</exception>
    public static async Task<SourcesReport> HandleAsync(IStoreSession session, Workspace workspace, SourcesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var network = await Requests.NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        var query = new SourcesQuery(request.Range, request.Grouping, network, request.Compare);
        return await new SourcesReportBuilder(session.Sources, session.DataDays).BuildAsync(workspace, query, cancellationToken);
    }
}
