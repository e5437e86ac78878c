using Payoff.Core.Reporting.Social;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Social;

/// <summary>Builds the social report: the one place a host reads the social sums and gets <see cref="SocialReportBuilder"/>'s rows.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class SocialHandler(IStore store) : IApplicationHandler
{
    /// <summary>Builds the report in a session of its own.</summary>
    public async Task<SocialResult> HandleAsync(Workspace workspace, SocialRequest request, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Builds the report in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A handler is resolved from the container and called on its instance, like every handler.")]
    public async Task<SocialResult> HandleAsync(IStoreSession session, Workspace workspace, SocialRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var sums = await session.Social.ReadAsync(workspace, request.Range, request.Grouping, cancellationToken);
        return new SocialResult(workspace.Name, request.Range, request.Grouping, [.. sums.Select(SocialReportBuilder.Build)]);
    }
}
