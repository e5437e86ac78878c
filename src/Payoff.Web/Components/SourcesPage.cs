using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Networks;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Payoff.Web.Components.Tables;
using Payoff.Web.Hosting;
using Payoff.Application.Tables;

namespace Payoff.Web.Components;

/// <summary>The sources page's report and its CSV export (<c>/sources.csv</c>, same query string).</summary>
public static class SourcesPage
{
    /// <summary>The report of the page for <paramref name="scope"/> (with its database): rows by <paramref name="by"/>, one network or channel, the period before.</summary>
    public static SourcesReport Report(DashboardScope scope, string? by, string? network, string? compare)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var workspace = scope.Workspace;
        var grouping = by switch { "channel" => SourcesGrouping.Channel, "campaign" => SourcesGrouping.Campaign, "content" => SourcesGrouping.Content, _ => SourcesGrouping.Network };
        var name = string.IsNullOrWhiteSpace(network) ? null : NetworkCatalog.Default.Canonical(network) ?? network.Trim();
        var query = new SourcesQuery(scope.Range, grouping, name, compare == "previous-period" ? PeriodComparison.PreviousPeriod : PeriodComparison.None);
        return new SourcesReportBuilder(new DuckDbSourcesReader(scope.Db), new DuckDbDataDaysReader(scope.Db)).BuildAsync(workspace, query).GetAwaiter().GetResult();
    }

    /// <summary>Maps <c>GET /sources.csv</c>: the rows as CSV, numbers as numbers, text neutralised against spreadsheet formulas.</summary>
    public static IEndpointRouteBuilder MapSourcesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources.csv", (HttpContext context, StoreGate gate, WebOptions options, string? by, string? network, string? compare) =>
            {
                var (report, problem) = gate.Run(db => DashboardScope.Of(db, context, options.Time) is { } scope
                    ? (scope.RangeProblem is null ? Report(scope, by, network, compare) : null, scope.RangeProblem)
                    : (null, null));
                if (problem is not null)
                {
                    return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                if (report is null)
                {
                    return Results.NotFound();
                }

                var csv = new StringBuilder("channel,network,campaign,content,sessions,contacts,customers,contact_rate,customer_rate,revenue\r\n");
                foreach (var r in report.Rows)
                {
                    csv.AppendJoin(',', [TableExport.CsvText(r.Key.Channel), TableExport.CsvText(r.Key.Network), TableExport.CsvText(r.Key.Campaign), TableExport.CsvText(r.Key.Content),
                        Number(r.Current.Sessions), Number(r.Current.Contacts), Number(r.Current.Customers), Number(r.Current.ContactRate), Number(r.Current.CustomerRate), Number(r.Current.Revenue)]);
                    csv.Append("\r\n");
                }

                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"sources-{report.Query.Range.From:yyyy-MM-dd}-{report.Query.Range.To:yyyy-MM-dd}.csv");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The page's table (by the scope's <c>by</c>, <c>network</c> and <c>compare</c>) for the XLSX and CSV export.</summary>
    public static ReportTable Table(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var report = Report(scope, scope["by"], scope["network"], scope["compare"]);
        var currency = scope.Workspace.Currency;
        return new ReportTable(
            "sources",
            "Sources",
            [new("Channel"), new("Network"), new("Campaign"), new("Content"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count),
                new("Contact rate", CellKind.Percent), new("Customer rate", CellKind.Percent), TableColumn.Money($"Revenue ({currency})", currency), new("Sessions before", CellKind.Count), new("Contacts before", CellKind.Count)],
            [.. report.Rows.Select(r => new TableRow([r.Key.Channel, r.Key.Network, r.Key.Campaign, r.Key.Content, r.Current.Sessions, r.Current.Contacts, r.Current.Customers, r.Current.ContactRate, r.Current.CustomerRate, r.Current.Revenue, r.Previous?.Sessions, r.Previous?.Contacts]))],
            new TableRow(["Total", null, null, null, report.Totals.Sessions, report.Totals.Contacts, report.Totals.Customers, report.Totals.ContactRate, report.Totals.CustomerRate, report.Totals.Revenue]));
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
