using Payoff.Core.Attribution;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Paths;

/// <summary>Builds the path insights of a request.</summary>
public sealed class PathsHandler(IStore store) : ReportHandler<PathsRequest, PathsReport>(store)
{
    /// <summary>The note on imported paths, which carry no dates.</summary>
    public const string UndatedNote = "Imported paths carry no dates: the period does not apply, and there is no time to conversion.";

    /// <summary>The insights of <paramref name="request"/>, read through the caller's <paramref name="session"/>.</summary>
    /// <exception cref="Requests.RequestException">The conversion is unknown to the workspace (events only).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Hosts resolve the handler and call both overloads on it.")]
    public override async Task<PathsReport> HandleAsync(IStoreSession session, Workspace workspace, PathsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var fromEvents = await request.Journeys.FromEventsAsync(session, workspace, cancellationToken);
        var journeys = fromEvents
            ? (await session.Journeys.ReadEventsAsync(workspace, request.Journeys.Query, cancellationToken)).Journeys
            : await session.Journeys.ReadPathsAsync(workspace, cancellationToken);
        return fromEvents
            ? new PathsReport("events", request.Journeys.Range, PathInsights.Build(journeys, request.Top), [])
            : new PathsReport("paths", null, PathInsights.Build(journeys, request.Top), [UndatedNote]);
    }
}
