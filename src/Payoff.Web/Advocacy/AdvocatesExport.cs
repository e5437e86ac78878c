using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Advocacy;
using Payoff.Core.Stores;
using Payoff.Web.Components;

namespace Payoff.Web.Advocacy;

/// <summary>
/// <c>GET /export/advocates?table=advocate-results|exchange|rewards|advocate-candidates|programs&amp;format=csv|xlsx&amp;…</c>:
/// a table of the Advocates page, built by the same model from the same query string (text neutralised for spreadsheets
/// as every export). Another workspace answers 404; a bad request 400 with its message.
/// </summary>
public static class AdvocatesExport
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAdvocatesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/advocates", async (HttpContext context, DashboardCache cache, IStore store, AdvocacyHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var format = context.Request.Query["format"].ToString();
                if (DashboardScope.FromMemberships(await cache.MembershipsAsync(context.User, cancellationToken), context.Request.Query, time) is not { } scope)
                {
                    return Results.NotFound();
                }

                if (format is not ("csv" or "xlsx"))
                {
                    return Results.Text($"format: '{Payoff.Application.Requests.Text.Visible(format)}' is not csv or xlsx.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                if (scope.RangeProblem is { } problem)
                {
                    return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var session = await store.OpenSessionAsync(cancellationToken);
                var model = await AdvocatesModel.BuildAsync(scope.With(session), handler, cancellationToken);
                if (model.Error is { } error)
                {
                    return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                var name = context.Request.Query["table"].ToString();
                return model.Tables.FirstOrDefault(t => t.Name == name) is { } table
                    ? DashboardExports.File("advocates", table, format, time)
                    : Results.Text($"table: '{Payoff.Application.Requests.Text.Visible(name)}' is not one of {string.Join(", ", model.Tables.Select(t => t.Name))}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }
}
