using System.Globalization;
using Payoff.Application.Tables;

namespace Payoff.Application.CostsReport;

/// <summary>The costs report as one table: <c>payoff report costs</c>'s terminal table and CSV.</summary>
public static class CostsTable
{
    /// <summary>
    /// The costs (named <c>costs</c>): first the imported ad spend rows (network, campaign, month as
    /// <c>yyyy-MM</c>, the amount in the row's own currency, that currency, reported impressions and clicks —
    /// null when not reported), then the staff time and fees rows (network, month, hours, their cost, fees,
    /// in the workspace's currency); <c>Total</c> is what the row costs in its <c>Currency</c>. Amounts are
    /// never converted, so the rows have no totals row. Notes say when either part is empty.
    /// </summary>
    /// <param name="result">The report.</param>
    public static ReportTable Build(CostsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var currency = result.Currency;
        IEnumerable<TableRow> ads = result.Rows.Select(r => new TableRow([r.Network, r.Campaign, Month(r.Month), Money(r.AdSpend, r.Currency), r.Currency, r.Impressions, r.Clicks, null, null, null, Money(r.AdSpend, r.Currency)]));
        IEnumerable<TableRow> staff = result.Staff.Select(r => new TableRow([r.Network, null, Month(r.Month), null, currency, null, null, r.Hours, Money(r.TimeCost, currency), Money(r.OtherCost, currency), Money(r.TimeCost + r.OtherCost, currency)]));
        List<string> notes = [];
        if (result.Rows.Count > 0)
        {
            notes.Add("Amounts stay in their original currency; each currency is summed on its own.");
        }
        else if (result.Staff.Count > 0)
        {
            notes.Add("No ad costs in this period. Import them with payoff import costs FILE (date,network,campaign,amount,currency).");
        }

        if (result.Staff.Count == 0 && result.Rows.Count > 0)
        {
            notes.Add("No staff time or fees in this period: log time with payoff time log|recur and set a rate with payoff time rate.");
        }

        return new ReportTable(
            "costs",
            "Costs",
            [new("Network"), new("Campaign"), new("Month"), new("Ad spend", CellKind.Number), new("Currency"), new("Impressions", CellKind.Count) { DropRank = 2 }, new("Clicks", CellKind.Count) { DropRank = 1 },
                new("Hours", CellKind.Number) { DropRank = 3 }, new("Time cost", CellKind.Number) { DropRank = 4 }, new("Fees", CellKind.Number) { DropRank = 4 }, new("Total", CellKind.Number)],
            [.. ads.Concat(staff)]) { Notes = notes };
    }

    private static string? Month(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static NumberCell Money(decimal amount, string currency) => new(amount, CellKind.Money, currency);
}
