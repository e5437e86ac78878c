using Payoff.Core.Attribution;

namespace Payoff.Core.Reporting.Roi;

/// <summary>
/// The ROI report by network under an attribution model: each network's contacts come from the model's
/// credits of lead journeys, its customers and revenue from the credits of customer journeys. Conversions
/// without a tracked touch (CRM-only) no model can credit: they stay on a <c>(no tracked touch)</c> row,
/// so the rows still add up to the report's totals.
/// </summary>
public static class AttributedRoi
{
    /// <summary>The row name of what no journey reaches.</summary>
    public const string Untouched = "(no tracked touch)";

    /// <summary>The rows of <paramref name="report"/> (by network) re-credited by <paramref name="leads"/> and <paramref name="customers"/>.</summary>
    public static IReadOnlyList<AttributedRoiRow> Build(RoiReport report, AttributionResult leads, AttributionResult customers)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(customers);
        var names = report.Rows.Select(r => r.Network).Concat(leads.Credits.Select(c => c.Channel)).Concat(customers.Credits.Select(c => c.Channel))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rows = names.Select(n =>
        {
            var t = report.Rows.FirstOrDefault(r => string.Equals(r.Network, n, StringComparison.OrdinalIgnoreCase))?.Totals ?? Ledger.LedgerTotals.Zero;
            var lead = leads.Credits.FirstOrDefault(c => string.Equals(c.Channel, n, StringComparison.OrdinalIgnoreCase));
            var buyer = customers.Credits.FirstOrDefault(c => string.Equals(c.Channel, n, StringComparison.OrdinalIgnoreCase));
            return new AttributedRoiRow(n, t.Sessions, lead?.Conversions ?? 0, buyer?.Conversions ?? 0, buyer?.Value ?? 0, t.Value, t.AdSpend, t.TimeCost, t.OtherCost);
        }).ToList();
        var untouched = new AttributedRoiRow(
            Untouched, 0,
            Math.Max(0, report.Totals.Contacts - leads.TotalConversions),
            Math.Max(0, report.Totals.Customers - customers.TotalConversions),
            Math.Max(0, report.Totals.Revenue - customers.TotalValue),
            0, 0, 0, 0);
        if (untouched.Contacts > 0 || untouched.Customers > 0 || untouched.Revenue > 0)
        {
            rows.Add(untouched);
        }

        return [.. rows.OrderByDescending(r => r.TotalCost).ThenByDescending(r => r.Revenue).ThenByDescending(r => r.Contacts).ThenBy(r => r.Network, StringComparer.Ordinal)];
    }
}
