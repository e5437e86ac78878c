using Payoff.Core.Attribution;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Attribution;

/// <summary>Builds the attribution report: the one place <see cref="AttributionReportBuilder"/> is constructed.</summary>
public sealed class AttributionHandler(IStore store) : ReportHandler<AttributionRequest, AttributionReport>(store)
{
    /// <summary>The report of <paramref name="request"/>, read through the caller's <paramref name="session"/>.</summary>
    /// <exception cref="Requests.RequestException">The conversion is unknown to the workspace (events only).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Hosts resolve the handler and call both overloads on it.")]
    public override async Task<AttributionReport> HandleAsync(IStoreSession session, Workspace workspace, AttributionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var fromEvents = await request.Journeys.FromEventsAsync(session, workspace, cancellationToken);
        var models = request.Models.Select(n => AttributionModels.Create(n, request.HalfLifeDays, request.Order)!).ToList();
        return await new AttributionReportBuilder(session.Journeys).BuildAsync(workspace, request.Journeys.Query, models, fromEvents ? "events" : "paths", cancellationToken);
    }
}
