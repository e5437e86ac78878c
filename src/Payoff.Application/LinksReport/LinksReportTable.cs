using Payoff.Application.Tables;
using Payoff.Core.Reporting.Links;

namespace Payoff.Application.LinksReport;

/// <summary>The links report as a table: the links page's table, its CSV/XLSX export and <c>payoff report links</c>'s table and CSV.</summary>
public static class LinksReportTable
{
    /// <summary>
    /// One row per tracked link (named <c>links</c>): its short link, <c>disabled</c> when it no longer
    /// redirects (empty otherwise), destination and tags, clicks, unique clicks, bot clicks, and its
    /// visitors' sessions, contacts, customers and revenue in the workspace's currency. A narrow terminal
    /// leaves out the destination first, then content, medium, source, customers, unique and bot clicks.
    /// </summary>
    /// <param name="result">The report.</param>
    /// <param name="link">The local URL a row's first cell links to, or null (the CLI links nothing).</param>
    public static ReportTable Build(LinksReportResult result, Func<LinksRow, string?>? link = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var currency = result.Currency;
        return new ReportTable(
            "links",
            "Links",
            [new("Short link"), new("Status"), new("Destination") { DropRank = 9 }, new("Source") { DropRank = 6 }, new("Medium") { DropRank = 7 }, new("Campaign"), new("Content") { DropRank = 8 },
                new("Clicks", CellKind.Count), new("Unique", CellKind.Count) { DropRank = 2 }, new("Bot clicks", CellKind.Count) { DropRank = 1 },
                new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count) { DropRank = 3 }, TableColumn.Money($"Revenue ({currency})", currency)],
            [.. result.Rows.Select(r => new TableRow([r.Slug, r.Enabled ? null : "disabled", r.Destination, r.Source, r.Medium, r.Campaign, r.Content, r.Clicks, r.UniqueClicks, r.BotClicks, r.Sessions, r.Contacts, r.Customers, r.Revenue], link?.Invoke(r)))]);
    }
}
