using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>The links page's table: each tracked link with its clicks (people and bots apart) and what its visitors went on to do.</summary>
/// <param name="Tables">The links table.</param>
public sealed record LinksModel(IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Builds the page's table for the range, reading through the scope's session.</summary>
    public static async Task<LinksModel> BuildAsync(DashboardScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var currency = scope.Workspace.Currency;
        var rows = await scope.Session.LinkResults.ReadAsync(scope.Workspace, scope.Range, cancellationToken);
        return new LinksModel([new ReportTable(
            "links",
            "Links",
            [new("Short link"), new("Destination"), new("Source"), new("Medium"), new("Campaign"), new("Content"), new("Clicks", CellKind.Count), new("Unique", CellKind.Count), new("Bot clicks", CellKind.Count),
                new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency)],
            [.. rows.Select(r => new TableRow([r.Slug, r.Destination, r.Source, r.Medium, r.Campaign, r.Content, r.Clicks, r.UniqueClicks, r.BotClicks, r.Sessions, r.Contacts, r.Customers, r.Revenue], scope.Link("/links", ("slug", r.Slug))))])]);
    }
}
