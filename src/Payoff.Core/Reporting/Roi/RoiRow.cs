using Payoff.Core.Ledger;

namespace Payoff.Core.Reporting.Roi;

/// <summary>A row of the ROI report: a network (or a campaign in it) with its results, costs and ratios.</summary>
/// <param name="Network">The network or channel.</param>
/// <param name="Campaign">The campaign; null on network rows and on a network's row of staff time and fees.</param>
/// <param name="Totals">The sums and ratios (<see cref="LedgerTotals"/>).</param>
public sealed record RoiRow(string Network, string? Campaign, LedgerTotals Totals);
