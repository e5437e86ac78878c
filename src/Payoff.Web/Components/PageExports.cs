using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Requests;
using Payoff.Application.Tables;

namespace Payoff.Web.Components;

/// <summary>
/// <c>GET /export/{page}?table=NAME&amp;format=csv|xlsx&amp;…</c> for a page whose model is built asynchronously:
/// the page's own model (the same cache entry the page shows), so the file holds what the page shows. The
/// workspace is checked like the page's (another answers 404); a refused range or request answers 400 with the
/// sentence the page shows.
/// </summary>
public static class PageExports
{
    /// <summary>Maps <c>/export/<paramref name="page"/></c> (it takes precedence over <see cref="DashboardExports"/>' <c>/export/{page}</c>).</summary>
    /// <param name="app">The routes.</param>
    /// <param name="page">The page's name in export URLs and its cache key (the page's <see cref="DashboardCache.PageAsync"/> name).</param>
    /// <param name="build">Builds the page's model in the scope's session with the page's handler (resolved from the request's services).</param>
    /// <param name="tables">The model's tables.</param>
    /// <typeparam name="THandler">The application handler the model is built with.</typeparam>
    /// <typeparam name="T">The page's model.</typeparam>
    public static IEndpointRouteBuilder MapPageExport<THandler, T>(this IEndpointRouteBuilder app, string page, Func<THandler, DashboardScope, CancellationToken, Task<T>> build, Func<T, IReadOnlyList<ReportTable>> tables)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(tables);
        app.MapGet($"/export/{page}", async (HttpContext context, DashboardCache cache, TimeProvider time, [FromServices] THandler handler) =>
            {
                var query = context.Request.Query;
                var format = query["format"].ToString();
                if (format is not ("csv" or "xlsx") || DashboardScope.FromMemberships(await cache.MembershipsAsync(context.User, context.RequestAborted), query, time) is not { } scope)
                {
                    return Results.NotFound();
                }

                if (scope.RangeProblem is { } problem)
                {
                    return Text400(problem);
                }

                T model;
                try
                {
                    model = await cache.GetAsync(page, scope, (s, ct) => build(handler, s, ct));
                }
                catch (RequestException ex)
                {
                    return Text400(ex.Message);
                }

                return tables(model).FirstOrDefault(t => t.Name == query["table"].ToString()) is { } table ? DashboardExports.File(page, table, format, time) : Results.NotFound();
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Text400(string problem) => Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
