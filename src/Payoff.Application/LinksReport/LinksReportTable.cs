using Payoff.Application.Tables;
using Payoff.Core.Reporting.Links;

namespace Payoff.Application.LinksReport;

/// <summary>The links report as a table (the links page's table and its CSV/XLSX export).</summary>
public static class LinksReportTable
{
    /// <summary>
    /// One row per tracked link (named <c>links</c>): its short link, destination and tags, clicks, unique
    /// clicks, bot clicks, and its visitors' sessions, contacts, customers and revenue in the workspace's currency.
    /// </summary>
    /// <param name="result">The report.</param>
    /// <param name="link">The local URL a row's first cell links to, or null.</param>
    public static ReportTable Build(LinksReportResult result, Func<LinksRow, string?> link)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(link);
        var currency = result.Currency;
        return new ReportTable(
            "links",
            "Links",
            [new("Short link"), new("Destination"), new("Source"), new("Medium"), new("Campaign"), new("Content"), new("Clicks", CellKind.Count), new("Unique", CellKind.Count), new("Bot clicks", CellKind.Count),
                new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency)],
            [.. result.Rows.Select(r => new TableRow([r.Slug, r.Destination, r.Source, r.Medium, r.Campaign, r.Content, r.Clicks, r.UniqueClicks, r.BotClicks, r.Sessions, r.Contacts, r.Customers, r.Revenue], link(r)))]);
    }
}
