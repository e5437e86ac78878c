using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Links;

/// <summary>Clicks and results of each tracked link in a period.</summary>
/// <remarks>
/// Days are local days of the workspace's time zone; a link without clicks in the period is still listed.
/// </remarks>
public interface ILinksReader
{
    /// <summary>One row per link of the workspace.</summary>
    Task<IReadOnlyList<LinksRow>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);
}
