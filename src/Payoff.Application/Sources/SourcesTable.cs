using Payoff.Application.Tables;
using Payoff.Core.Reporting.Sources;

namespace Payoff.Application.Sources;

/// <summary>The sources report as a table: every key column, the counts, rates and revenue, and the period before's sessions and contacts.</summary>
public static class SourcesTable
{
    /// <summary>The table of <paramref name="report"/> (named <c>sources</c>), with its totals row; revenue in the report's currency.</summary>
    public static ReportTable Build(SourcesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var currency = report.Currency;
        return new ReportTable(
            "sources",
            "Sources",
            [new("Channel"), new("Network"), new("Campaign"), new("Content"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count),
                new("Contact rate", CellKind.Percent), new("Customer rate", CellKind.Percent), TableColumn.Money($"Revenue ({currency})", currency), new("Sessions before", CellKind.Count), new("Contacts before", CellKind.Count)],
            [.. report.Rows.Select(r => new TableRow([r.Key.Channel, r.Key.Network, r.Key.Campaign, r.Key.Content, r.Current.Sessions, r.Current.Contacts, r.Current.Customers, r.Current.ContactRate, r.Current.CustomerRate, r.Current.Revenue, r.Previous?.Sessions, r.Previous?.Contacts]))],
            new TableRow(["Total", null, null, null, report.Totals.Sessions, report.Totals.Contacts, report.Totals.Customers, report.Totals.ContactRate, report.Totals.CustomerRate, report.Totals.Revenue]));
    }
}
