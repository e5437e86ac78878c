using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Web.Goals;
using Payoff.Web.Components.Models;
using Payoff.Web.Components.Tables;
using Payoff.Web.Hosting;
using Payoff.Application.Tables;

namespace Payoff.Web.Components;

/// <summary>
/// <c>GET /export/{page}?table=NAME&amp;format=csv|xlsx&amp;…</c>: any table of any page, built by the
/// same code as the page from the same query string, so the file holds what the page shows. The
/// workspace is checked like the page's: another workspace answers 404.
/// </summary>
public static class DashboardExports
{
    private static readonly Dictionary<string, Func<DashboardScope, IReadOnlyList<ReportTable>>> Pages = new(StringComparer.Ordinal)
    {
        ["overview"] = s => OverviewModel.Build(s).Tables,
        ["roi"] = s => RoiModel.Build(s).Tables,
        // Transitional (issue 14) until this export is async: the DuckDB store's tasks complete at once.
        ["links"] = s => LinksModel.BuildAsync(s).GetAwaiter().GetResult().Tables,
        ["goals"] = s => [GoalsModel.Table(s)],
        ["imports"] = s => [ImportsModel.Table(s)],
    };

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder app)
    {
        app.MapNetworkExport();
        app.MapGet("/export/{page}", (string page, HttpContext context, StoreGate gate, WebOptions options) =>
            {
                var query = context.Request.Query;
                var format = query["format"].ToString();
                if (!Pages.TryGetValue(page, out var build) || format is not ("csv" or "xlsx"))
                {
                    return Results.NotFound();
                }

                var (table, problem) = gate.Run(db => DashboardScope.Resolve(db, context.User, query.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())), options.Time) is { } scope
                    ? (scope.RangeProblem is null ? build(scope).FirstOrDefault(t => t.Name == query["table"].ToString()) : null, scope.RangeProblem)
                    : (null, null));
                if (problem is not null)
                {
                    return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                if (table is null)
                {
                    return Results.NotFound();
                }

                return File(page, table, format, options.Time);
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The file of <paramref name="table"/> of <paramref name="page"/> in <paramref name="format"/> (<c>csv</c> or <c>xlsx</c>), named with today's date.</summary>
    public static IResult File(string page, ReportTable table, string format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(time);
        var name = $"{page}-{table.Name}-{time.GetUtcNow():yyyy-MM-dd}";
        return format == "csv"
            ? Results.File(TableExport.Csv(table), "text/csv; charset=utf-8", name + ".csv")
            : Results.File(TableExport.Xlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
