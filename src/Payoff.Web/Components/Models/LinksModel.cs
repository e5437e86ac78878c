using Payoff.Application.LinksReport;
using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>The links page's table: each tracked link with its clicks (people and bots apart) and what its visitors went on to do.</summary>
/// <param name="Tables">The links table.</param>
public sealed record LinksModel(IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Builds the page's table for the range through <see cref="LinksReportHandler"/>, reading in the scope's session.</summary>
    public static async Task<LinksModel> BuildAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var result = await LinksReportHandler.HandleAsync(scope.Session, scope.Workspace, new LinksReportRequest(scope.Range), cancellationToken);
        return new LinksModel([LinksReportTable.Build(result, r => scope.Link("/links", ("slug", r.Slug)))]);
    }
}
