using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Networks;
using Payoff.Core.Stores;

namespace Payoff.Web.Components.Models;

/// <summary>
/// <c>GET /export/network?n=NAME&amp;table=monthly|social|campaigns|comparison&amp;format=csv|xlsx&amp;…</c>: a table of
/// the network page, built by <see cref="NetworkModel.BuildAsync"/> from the same query string as the page, in
/// one store session. Another workspace or an unknown table answers 404, a bad range 400 with its sentence.
/// </summary>
public static class NetworkExport
{
    /// <summary>Maps the endpoint (more specific than <c>/export/{page}</c>, so it answers for the network page).</summary>
    public static IEndpointRouteBuilder MapNetworkExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/network", ExportAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, IStore store, TimeProvider time, NetworkPageHandler handler, CancellationToken cancellationToken)
    {
        var format = context.Request.Query["format"].ToString();
        if (format is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }

        await using var session = await store.OpenSessionAsync(cancellationToken);
        if (await DashboardScope.OfAsync(session, context, time) is not { } scope)
        {
            return Results.NotFound();
        }

        if (scope.RangeProblem is { } problem)
        {
            return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var model = await NetworkModel.BuildAsync(scope, handler, cancellationToken);
        return model?.Tables.FirstOrDefault(t => t.Name == context.Request.Query["table"].ToString()) is { } table
            ? DashboardExports.File("network", table, format, time)
            : Results.NotFound();
    }
}
