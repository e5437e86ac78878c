using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Costs;

/// <summary>Imported ad spend of a period, summed per network, campaign or day.</summary>
/// <remarks>
/// Amounts are summed exactly in each row's own currency (never converted). A cost's day is the day its export gives
/// (the ad account's day); the range includes both ends. Re-imported overlapping days were replaced at import, so nothing
/// is counted twice. Rows are ordered by currency, month, spend (largest first), network and campaign.
/// </remarks>
public interface ICostsReader
{
    /// <summary>The spend of <paramref name="range"/> grouped by <paramref name="grouping"/>.</summary>
    Task<IReadOnlyList<CostsRow>> ReadAsync(Workspace workspace, DateRange range, CostsGrouping grouping, CancellationToken cancellationToken = default);
}
