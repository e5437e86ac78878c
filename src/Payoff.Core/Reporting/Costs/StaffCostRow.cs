using Payoff.Core.Ledger;

namespace Payoff.Core.Reporting.Costs;

/// <summary>What staff time and fees cost a network (in a month), in the workspace currency.</summary>
/// <param name="Network">The network.</param>
/// <param name="Month">The month's first day, or null over the whole period.</param>
/// <param name="Hours">Staff hours.</param>
/// <param name="TimeCost">Hours × hourly rate.</param>
/// <param name="OtherCost">Tools and agency fees allocated to it.</param>
public sealed record StaffCostRow(string Network, DateOnly? Month, decimal Hours, decimal TimeCost, decimal OtherCost)
{
    /// <summary>The rows of a ledger: per network, or per network and month with <paramref name="byMonth"/>; networks without time or fees are left out.</summary>
    public static IReadOnlyList<StaffCostRow> From(Ledger.Ledger ledger, bool byMonth)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return [.. ledger.Entries
            .Where(e => e.Totals.TimeHours != 0 || e.Totals.OtherCost != 0)
            .GroupBy(e => (Network: e.Network, Month: byMonth ? new DateOnly(e.Day.Year, e.Day.Month, 1) : (DateOnly?)null))
            .Select(g => LedgerTotals.Sum(g) is var t ? new StaffCostRow(g.Key.Network, g.Key.Month, t.TimeHours, t.TimeCost, t.OtherCost) : null!)
            .OrderBy(r => r.Month).ThenByDescending(r => r.TimeCost + r.OtherCost).ThenBy(r => r.Network, StringComparer.Ordinal)];
    }
}
