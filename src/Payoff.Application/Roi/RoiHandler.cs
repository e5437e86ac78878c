using Payoff.Core.Attribution;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Roi;

/// <summary>Builds the ROI report: the one place <see cref="RoiReportBuilder"/> is constructed for a host.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class RoiHandler(IStore store) : ReportHandler<RoiRequest, RoiResult>(store)
{
    /// <summary>Builds the report in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    /// <exception cref="Requests.RequestException">The network is unknown.</exception>
    public override async Task<RoiResult> HandleAsync(IStoreSession session, Workspace workspace, RoiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var network = await Requests.NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        await Advocacy.AdvocacyHandler.SyncRewardsAsync(session, workspace, cancellationToken);
        var report = await new RoiReportBuilder(session.Ledger).BuildAsync(workspace, request.Range, request.Grouping, network, cancellationToken);
        if (!request.Attributed)
        {
            return new RoiResult(report, workspace.Name, request.Model, null);
        }

        var builder = new AttributionReportBuilder(session.Journeys);
        var chosen = AttributionModels.Create(request.Model)!;
        var leads = (await builder.BuildAsync(workspace, new JourneyQuery(request.Range, "lead"), [chosen], "events", cancellationToken)).Results[0];
        var buyers = (await builder.BuildAsync(workspace, new JourneyQuery(request.Range, "customer"), [chosen], "events", cancellationToken)).Results[0];
        return new RoiResult(report, workspace.Name, request.Model, AttributedRoi.Build(report, leads, buyers));
    }
}
