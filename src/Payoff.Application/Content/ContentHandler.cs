using Payoff.Application.Requests;
using Payoff.Core.Content;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Content;

/// <summary>The content report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Report">The figures.</param>
public sealed record ContentResult(string Workspace, ContentReport Report);

/// <summary>The best-time report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Report">The figures.</param>
public sealed record BestTimeResult(string Workspace, BestTimeReport Report);

/// <summary>Builds the content report (<see cref="ContentReportBuilder"/>) from the imported posts.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class ContentHandler(IStore store) : ReportHandler<ContentRequest, ContentResult>(store)
{
    /// <inheritdoc />
    /// <exception cref="RequestException">The network is unknown (the message names <see cref="ContentRequest.NetworkName"/>).</exception>
    public override async Task<ContentResult> HandleAsync(IStoreSession session, Workspace workspace, ContentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        var report = await ContentReportBuilder.BuildAsync(session.Content, workspace, new ContentFilter(request.Range, network) { Labels = request.Labels }, request.Grouping, request.Metric, request.Top, cancellationToken);
        return new ContentResult(workspace.Name, report);
    }
}

/// <summary>Builds the best-time report (<see cref="BestTimeBuilder"/>) from the imported posts.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class BestTimeHandler(IStore store) : ReportHandler<BestTimeRequest, BestTimeResult>(store)
{
    /// <inheritdoc />
    /// <exception cref="RequestException">The network is unknown.</exception>
    public override async Task<BestTimeResult> HandleAsync(IStoreSession session, Workspace workspace, BestTimeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        var report = await BestTimeBuilder.BuildAsync(session.Content, workspace, new ContentFilter(request.Range, network), request.Metric, request.MinPosts, cancellationToken);
        return new BestTimeResult(workspace.Name, report);
    }
}
