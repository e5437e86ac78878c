using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Costs;

/// <summary>Imported ad spend of a period, summed per network, campaign or day.</summary>
/// <remarks>
/// Amounts are summed in each row's own currency; days are local days of the workspace's time zone.
/// </remarks>
public interface ICostsReader
{
    /// <summary>The spend of <paramref name="range"/> grouped by <paramref name="grouping"/>.</summary>
    Task<IReadOnlyList<CostsRow>> ReadAsync(Workspace workspace, DateRange range, CostsGrouping grouping, CancellationToken cancellationToken = default);
}
