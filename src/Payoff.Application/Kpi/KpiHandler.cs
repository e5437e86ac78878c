using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Kpi;

/// <summary>Builds the program KPI report: the one place <see cref="KpiReportBuilder"/> is constructed for a host.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class KpiHandler(IStore store) : ReportHandler<KpiRequest, KpiReport>(store)
{
    /// <summary>Builds the report in <paramref name="session"/>.</summary>
    public override Task<KpiReport> HandleAsync(IStoreSession session, Workspace workspace, KpiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        return new KpiReportBuilder(session.Ledger).BuildAsync(workspace, request.Range, request.Weights, request.ByCampaign, cancellationToken);
    }
}
