using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Roi;

/// <summary>
/// Builds the ROI report from the ledger: per network (or campaign) revenue, assigned value, ad spend,
/// staff time cost and fees, and ROI, ROAS, cost per visit, CPL, CAC and value per visit (reference §5).
/// Rows add up to the totals: by campaign, each network's staff time and fees sit on a row of their own
/// (<see cref="RoiRow.Unassigned"/>, "time and fees not assigned to a campaign", with no ROI). The
/// totals come twice — social networks and all channels — with ratios only where every row has a cost.
/// </summary>
public sealed class RoiReportBuilder(ILedgerReader reader)
{
    /// <summary>Builds the report of <paramref name="range"/>, optionally for one network.</summary>
    public async Task<RoiReport> BuildAsync(Workspace workspace, DateRange range, RoiGrouping grouping, string? network = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var ledger = Ledger.Ledger.Build(await reader.ReadAsync(workspace, range, cancellationToken), workspace.Currency, range);
        return Build(ledger, workspace.Currency, grouping, network);
    }

    /// <summary>The report of a ledger.</summary>
    public static RoiReport Build(Ledger.Ledger ledger, string currency, RoiGrouping grouping, string? network = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var entries = ledger.Entries.Where(e => network is null || string.Equals(e.Network, network, StringComparison.OrdinalIgnoreCase)).ToList();
        var rows = entries
            .GroupBy(e => (Network: e.Network.ToLowerInvariant(), Campaign: grouping == RoiGrouping.Campaign ? e.Campaign?.ToLowerInvariant() : null))
            .Select(g => new RoiRow(g.First().Network, grouping == RoiGrouping.Campaign ? g.First().Campaign : null, LedgerTotals.Sum(g))
            {
                Unassigned = grouping == RoiGrouping.Campaign && g.Key.Campaign is null,
            })
            .Where(r => r.Totals != LedgerTotals.Zero)
            .OrderByDescending(r => r.Totals.TotalCost)
            .ThenByDescending(r => r.Totals.Return)
            .ThenByDescending(r => r.Totals.Sessions)
            .ThenBy(r => r.Network, StringComparer.Ordinal)
            .ThenBy(r => r.Campaign, StringComparer.Ordinal)
            .ToList();
        var totals = LedgerTotals.Sum(entries);
        return new RoiReport(ledger.Range, currency, RoiReport.FirstTouch, rows, totals, ledger.Warnings);
    }
}
