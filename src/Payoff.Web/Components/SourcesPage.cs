using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Networks;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Components;

/// <summary>The sources page's report and its CSV export (<c>/sources.csv</c>, same query string).</summary>
public static class SourcesPage
{
    /// <summary>The report a page or export asks for, or null when the user may not see the workspace.</summary>
    public static SourcesReport? Build(DuckDbDatabase db, ClaimsPrincipal user, string? workspaceName, string? from, string? to, string? by, string? network, string? compare, TimeProvider time, out DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        today = default;
        if (DashboardWorkspace.Resolve(db, user, workspaceName) is not { } resolved)
        {
            return null;
        }

        var workspace = resolved.Workspace;
        today = workspace.Calendar.Today(time);
        var grouping = by switch { "channel" => SourcesGrouping.Channel, "campaign" => SourcesGrouping.Campaign, "content" => SourcesGrouping.Content, _ => SourcesGrouping.Network };
        var name = string.IsNullOrWhiteSpace(network) ? null : NetworkCatalog.Default.Canonical(network) ?? network.Trim();
        var query = new SourcesQuery(DashboardWorkspace.Range(today, from, to), grouping, name, compare == "previous-period" ? PeriodComparison.PreviousPeriod : PeriodComparison.None);
        return new SourcesReportBuilder(new DuckDbSourcesReader(db)).BuildAsync(workspace, query).GetAwaiter().GetResult();
    }

    /// <summary>Maps <c>GET /sources.csv</c>: the rows as CSV, numbers as numbers, text neutralised against spreadsheet formulas.</summary>
    public static IEndpointRouteBuilder MapSourcesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources.csv", (HttpContext context, StoreGate gate, WebOptions options, string? w, string? from, string? to, string? by, string? network, string? compare) =>
            {
                var report = gate.Run(db => Build(db, context.User, w, from, to, by, network, compare, options.Time, out _));
                if (report is null)
                {
                    return Results.NotFound();
                }

                var csv = new StringBuilder("channel,network,campaign,content,sessions,contacts,customers,contact_rate,customer_rate,revenue\r\n");
                foreach (var r in report.Rows)
                {
                    csv.AppendJoin(',', [Text(r.Key.Channel), Text(r.Key.Network), Text(r.Key.Campaign), Text(r.Key.Content),
                        Number(r.Current.Sessions), Number(r.Current.Contacts), Number(r.Current.Customers), Number(r.Current.ContactRate), Number(r.Current.CustomerRate), Number(r.Current.Revenue)]);
                    csv.Append("\r\n");
                }

                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"sources-{report.Query.Range.From:yyyy-MM-dd}-{report.Query.Range.To:yyyy-MM-dd}.csv");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>A text cell, quoted; a leading = + - @ tab or CR is neutralised with an apostrophe so a spreadsheet never runs it.</summary>
    public static string Text(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
