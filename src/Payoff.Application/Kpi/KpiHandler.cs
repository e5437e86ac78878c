using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Kpi;

/// <summary>Builds the program KPI report: the one place <see cref="KpiReportBuilder"/> is constructed for a host.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class KpiHandler(IStore store) : IApplicationHandler
{
    /// <summary>Builds the report in a session of its own.</summary>
    public async Task<KpiReport> HandleAsync(Workspace workspace, KpiRequest request, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Builds the report in <paramref name="session"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A handler is resolved from the container and called on its instance, like every handler.")]
    public Task<KpiReport> HandleAsync(IStoreSession session, Workspace workspace, KpiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        return new KpiReportBuilder(session.Ledger).BuildAsync(workspace, request.Range, request.Weights, request.ByCampaign, cancellationToken);
    }
}
