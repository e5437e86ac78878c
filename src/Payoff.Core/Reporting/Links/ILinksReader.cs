using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Links;

/// <summary>Clicks and results of each tracked link in a period.</summary>
/// <remarks>
/// Days are local days of the workspace's time zone (DST-safe); a link without clicks in the period is still listed.
/// Rows come newest link first; contacts, customers and revenue follow the people's original source
/// (<see cref="Contacts.OriginalSource"/>).
/// </remarks>
public interface ILinksReader
{
    /// <summary>One row per link of the workspace.</summary>
    Task<IReadOnlyList<LinksRow>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);
}
