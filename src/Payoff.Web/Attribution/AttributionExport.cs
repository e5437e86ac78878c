using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Attribution;
using Payoff.Application.Paths;
using Payoff.Core.Stores;
using Payoff.Web.Components;

namespace Payoff.Web.Attribution;

/// <summary>
/// <c>GET /export/attribution?table=models|paths|roles&amp;format=csv|xlsx&amp;…</c>: a table of the attribution
/// page, built by the same model from the same query string. Another workspace answers 404, a bad request
/// 400 with its message.
/// </summary>
public static class AttributionExport
{
    /// <summary>Maps the endpoint (its literal path takes precedence over <c>/export/{page}</c>).</summary>
    public static IEndpointRouteBuilder MapAttributionExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/attribution", async (HttpContext context, DashboardCache cache, IStore store, AttributionHandler attribution, PathsHandler paths, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var format = context.Request.Query["format"].ToString();
                if (format is not ("csv" or "xlsx") || DashboardScope.FromMemberships(await cache.MembershipsAsync(context.User, cancellationToken), context.Request.Query, time) is not { } scope)
                {
                    return Results.NotFound();
                }

                if (scope.RangeProblem is { } problem)
                {
                    return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var session = await store.OpenSessionAsync(cancellationToken);
                var model = await AttributionModel.BuildAsync(scope.With(session), attribution, paths, cancellationToken);
                if (model.Error is { } error)
                {
                    return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                return model.Tables.FirstOrDefault(t => t.Name == context.Request.Query["table"].ToString()) is { } table
                    ? DashboardExports.File("attribution", table, format, time)
                    : Results.NotFound();
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }
}
