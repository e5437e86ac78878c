using Payoff.Application.Tables;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;

namespace Payoff.Application.Roi;

/// <summary>The ROI report as a table: the ROI page's table and its CSV/XLSX export, the network page's campaigns.</summary>
public static class RoiTable
{
    /// <summary>
    /// One row per network or campaign (a network's staff time and fees that belong to no campaign on its own
    /// line, without ROI), then the social networks' total and the all-channels total, each with ratios only
    /// when everything in it carries a cost.
    /// </summary>
    /// <param name="name">The table's name in export URLs.</param>
    /// <param name="title">Its heading.</param>
    /// <param name="report">The report.</param>
    /// <param name="link">The local URL a row's first cell links to, or null.</param>
    public static ReportTable Build(string name, string title, RoiReport report, Func<RoiRow, string?> link)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(link);
        var currency = report.Currency;
        return new ReportTable(
            name,
            title,
            [new("Network / campaign"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency), TableColumn.Money($"Value ({currency})", currency),
                TableColumn.Money($"Ad spend ({currency})", currency), new("Hours", CellKind.Number), TableColumn.Money($"Staff ({currency})", currency), TableColumn.Money($"Other ({currency})", currency), TableColumn.Money($"Cost ({currency})", currency),
                new("ROI", CellKind.Percent), new("ROAS", CellKind.Number), TableColumn.Money($"Cost per lead ({currency})", currency), TableColumn.Money($"CAC ({currency})", currency), TableColumn.Money($"Value per visit ({currency})", currency)],
            [.. report.Rows.Select(r => new TableRow(Cells(r.Campaign is null && !r.Unassigned ? r.Network : $"{r.Network} / {r.Label}", r.Totals, r.Roi, r.Totals.Roas, r.Totals.CostPerLead, r.Totals.CostPerCustomer), link(r)))],
            Total(report.AllChannels))
        {
            Subtotals = [Total(report.SocialNetworks)],
        };
    }

    private static TableRow Total(RoiTotal total) => new(Cells(total.Name, total.Totals, total.Roi, total.Roas, total.CostPerLead, total.CostPerCustomer));

    private static object?[] Cells(string label, LedgerTotals t, decimal? roi, decimal? roas, decimal? cpl, decimal? cac) =>
        [label, t.Sessions, t.Contacts, t.Customers, t.Revenue, t.Value, t.AdSpend, t.TimeHours, t.TimeCost, t.OtherCost, t.TotalCost, roi, roas, cpl, cac, t.ValuePerVisit];
}
