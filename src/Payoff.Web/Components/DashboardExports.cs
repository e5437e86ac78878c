using Payoff.Publishing.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Web.Goals;
using Payoff.Web.Components.Models;
using Payoff.Core.Stores;
using Payoff.Web.Uploading;
using Payoff.Application.Tables;

namespace Payoff.Web.Components;

/// <summary>
/// <c>GET /export/{page}?table=NAME&amp;format=csv|xlsx&amp;…</c>: any table of any page, built by the
/// same code as the page from the same query string, so the file holds what the page shows. The
/// workspace is checked like the page's: another workspace answers 404. Pages whose models are built
/// asynchronously map their own <c>/export/{page}</c> with <see cref="PageExports.MapPageExport"/>.
/// </summary>
public static class DashboardExports
{
    // Every page's tables, built in the export's store session (scope.Session).
    private static readonly Dictionary<string, Func<DashboardScope, CancellationToken, Task<IReadOnlyList<ReportTable>>>> Pages = new(StringComparer.Ordinal)
    {
        ["links"] = async (s, ct) => (await LinksModel.BuildAsync(s, ct)).Tables,
        ["goals"] = async (s, ct) => [GoalsModel.Table(s, await GoalsModel.TrackAsync(s, ct))],
        ["imports"] = async (s, ct) => [await ImportsModel.TableAsync(s, ct)],
    };

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder app)
    {
        app.MapNetworkExport();
        app.MapGet("/export/{page}", ExportAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(string page, HttpContext context, IStore store, WebOptions options, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var format = query["format"].ToString();
        if (!Pages.TryGetValue(page, out var build) || format is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }

        ReportTable? table;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var scope = await DashboardScope.ResolveAsync(session, context.User, query.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())), options.Time, cancellationToken);
            if (scope is null)
            {
                return Results.NotFound();
            }

            if (scope.RangeProblem is { } problem)
            {
                return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            table = (await build(scope, cancellationToken)).FirstOrDefault(t => t.Name == query["table"].ToString());
        }

        return table is null ? Results.NotFound() : File(page, table, format, options.Time);
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
