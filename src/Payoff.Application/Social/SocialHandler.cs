using Payoff.Core.Reporting.Social;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Social;

/// <summary>Builds the social report: the one place a host reads the social sums and gets <see cref="SocialReportBuilder"/>'s rows.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class SocialHandler(IStore store) : ReportHandler<SocialRequest, SocialResult>(store)
{
    /// <summary>Builds the report in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    public override async Task<SocialResult> HandleAsync(IStoreSession session, Workspace workspace, SocialRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var sums = await session.Social.ReadAsync(workspace, request.Range, request.Grouping, cancellationToken);
        return new SocialResult(workspace.Name, request.Range, request.Grouping, [.. sums.Select(SocialReportBuilder.Build)]);
    }
}
