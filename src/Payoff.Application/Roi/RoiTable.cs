using Payoff.Application.Tables;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;

namespace Payoff.Application.Roi;

/// <summary>
/// The ROI report as its one table: the ROI page's table and its CSV/XLSX export, the network page's campaigns,
/// and the CLI's table and CSV.
/// </summary>
public static class RoiTable
{
    /// <summary>
    /// One row per network or campaign (a network's staff time and fees that belong to no campaign on its own
    /// line, without ROI), then the social networks' total and the all-channels total, each with ratios only
    /// when everything in it carries a cost. Amounts in the report's currency; ROI as a ratio, ROAS as revenue
    /// per unit of ad spend. At a narrow terminal ROI stays and the cost breakdown goes first. Notes: the amounts'
    /// currency, the model and the formulas, and each total that has no ratios and why.
    /// </summary>
    /// <param name="name">The table's name in export URLs.</param>
    /// <param name="title">Its heading.</param>
    /// <param name="report">The report.</param>
    /// <param name="link">The local URL a row's first cell links to, or null.</param>
    /// <param name="labels">True on pages: the model goes by its label (<see cref="Core.Attribution.AttributionModels.Label"/>), not its machine name.</param>
    public static ReportTable Build(string name, string title, RoiReport report, Func<RoiRow, string?> link, bool labels = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(link);
        var currency = report.Currency;
        List<string> notes = [$"Amounts in {currency}. Model: {(labels ? Core.Attribution.AttributionModels.Label(report.Model) : report.Model)} — contacts, customers, revenue and value by each person's original source; sessions by their own. Cost = ad spend + staff time (hours × rate) + other (fees and referral rewards); ROI = (revenue + value − cost) ÷ cost; ROAS = revenue ÷ ad spend."];
        notes.AddRange(new[] { report.SocialNetworks, report.AllChannels }.Where(t => t.WithoutCost.Count > 0)
            .Select(t => $"{t.Name}: no ROI, ROAS, cost per visit, CPL or CAC, because {string.Join(", ", t.WithoutCost)} carry no cost — their results would flatter the others' cost."));
        return new ReportTable(
            name,
            title,
            [new("Network / campaign"), new("Sessions", CellKind.Count) { DropRank = 9 }, new("Contacts", CellKind.Count) { DropRank = 5 }, new("Customers", CellKind.Count) { DropRank = 8 },
                Money($"Revenue ({currency})", currency, 4), Money($"Value ({currency})", currency, 12), Money($"Ad spend ({currency})", currency, 14), new("Hours", CellKind.Number) { DropRank = 17 },
                Money($"Staff ({currency})", currency, 16), Money($"Other ({currency})", currency, 15), Money($"Cost ({currency})", currency, 3), new("ROI", CellKind.Percent), new("ROAS", CellKind.Number) { DropRank = 11 },
                Money($"Cost per visit ({currency})", currency, 13), Money($"Cost per lead ({currency})", currency, 6), Money($"CAC ({currency})", currency, 7), Money($"Value per visit ({currency})", currency, 10)],
            [.. report.Rows.Select(r => new TableRow(Cells(r.Campaign is null && !r.Unassigned ? r.Network : $"{r.Network} / {r.Label}", r.Totals, r.Roi, r.Totals.Roas, r.Totals.CostPerVisit, r.Totals.CostPerLead, r.Totals.CostPerCustomer), link(r)))],
            Total(report.AllChannels))
        {
            Subtotals = [Total(report.SocialNetworks)],
            Notes = notes,
            Warnings = report.Warnings,
        };
    }

    /// <summary>
    /// The table <c>roi</c> of a report under an attribution model other than first-touch: per network, its sessions,
    /// the contacts, customers and revenue the model credits it with (fractions of people), the value and cost of the
    /// first-touch report, and ROI, CPL and CAC from those.
    /// </summary>
    public static ReportTable Attributed(RoiReport report, string model, IReadOnlyList<AttributedRoiRow> rows)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rows);
        var currency = report.Currency;
        return new ReportTable(
            "roi",
            $"ROI per network, {model}",
            [new("Network"), new("Sessions", CellKind.Count) { DropRank = 4 }, new("Contacts", CellKind.Number), new("Customers", CellKind.Number) { DropRank = 3 }, Money($"Revenue ({currency})", currency, 0),
                Money($"Value ({currency})", currency, 5), Money($"Cost ({currency})", currency, 0), new("ROI", CellKind.Percent), Money($"Cost per lead ({currency})", currency, 2), Money($"CAC ({currency})", currency, 1)],
            [.. rows.Select(r => new TableRow([r.Network, r.Sessions, (decimal)r.Contacts, (decimal)r.Customers, r.Revenue, r.Value, r.TotalCost, r.Roi, r.CostPerLead, r.CostPerCustomer]))])
        {
            Notes = [$"Model: {model} — contacts from lead journeys, customers and revenue from customer journeys (tracked events, 90-day lookback); sessions, value and costs as in the first-touch report. Amounts in {currency}."],
            Warnings = report.Warnings,
        };
    }

    private static TableColumn Money(string header, string currency, int dropRank) => TableColumn.Money(header, currency) with { DropRank = dropRank };

    private static TableRow Total(RoiTotal total) => new(Cells(total.Name, total.Totals, total.Roi, total.Roas, total.CostPerVisit, total.CostPerLead, total.CostPerCustomer));

    private static object?[] Cells(string label, LedgerTotals t, decimal? roi, decimal? roas, decimal? costPerVisit, decimal? cpl, decimal? cac) =>
        [label, t.Sessions, t.Contacts, t.Customers, t.Revenue, t.Value, t.AdSpend, t.TimeHours, t.TimeCost, t.OtherCost, t.TotalCost, roi, roas, costPerVisit, cpl, cac, t.ValuePerVisit];
}
