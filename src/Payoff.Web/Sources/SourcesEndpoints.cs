using Payoff.Publishing.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Sources;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Components;
using Payoff.Web.Hosting;

namespace Payoff.Web.Sources;

/// <summary>
/// The sources report on the web: <c>GET /api/reports/sources</c> (API key), and the page's exports
/// <c>/sources.csv</c> and <c>/export/sources?table=sources&amp;format=csv|xlsx</c> (signed in) — all through
/// <see cref="SourcesRequest.Parse"/> and <see cref="SourcesHandler"/>, as the CLI and the page.
/// </summary>
public static class SourcesEndpoints
{
    /// <summary>Maps the API endpoint (400 with the request's sentence for a bad query).</summary>
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/sources", ApiAsync)
            .AddEndpointFilter(RequestProblems.Filter)
            .WithName("SourcesReport").WithTags("Reports")
            .WithSummary("Sessions, contacts, customers, rates and revenue per channel, network, campaign or content (default: the last 30 days by network).")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }

    /// <summary>Maps the page's exports: <c>/sources.csv</c> and <c>/export/sources</c>.</summary>
    public static IEndpointRouteBuilder MapSourcesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources.csv", CsvAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/export/sources", ExportAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ApiAsync(HttpContext context, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var workspace = await ApiKeyClaims.WorkspaceAsync(session, context.User, cancellationToken);
        var request = SourcesRequest.Parse(RequestProblems.Values(context.Request.Query), workspace, time);
        return TypedResults.Ok(SourcesJson.Build(await SourcesHandler.HandleAsync(session, workspace, request, cancellationToken), workspace.Name));
    }

    // The one table (SourcesTable, as the CLI's CSV) as CSV, numbers as numbers, text neutralised against spreadsheet formulas.
    private static async Task<IResult> CsvAsync(HttpContext context, DashboardCache cache, SourcesHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await SourcesView.LoadAsync(context, cache, handler, time, cancellationToken) is not { } view)
        {
            return Results.NotFound();
        }

        if (view.Report is not { } report)
        {
            return Results.Text(view.Problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.File(TableExport.Csv(SourcesTable.Build(report)), "text/csv; charset=utf-8", $"sources-{report.Query.Range.From:yyyy-MM-dd}-{report.Query.Range.To:yyyy-MM-dd}.csv");
    }

    // The page's table (SourcesTable) as CSV or XLSX, as /export/{page} answers for the other pages.
    private static async Task<IResult> ExportAsync(HttpContext context, DashboardCache cache, SourcesHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        var format = context.Request.Query["format"].ToString();
        if (format is not ("csv" or "xlsx") || await SourcesView.LoadAsync(context, cache, handler, time, cancellationToken) is not { } view)
        {
            return Results.NotFound();
        }

        if (view.Report is not { } report)
        {
            return Results.Text(view.Problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var table = SourcesTable.Build(report);
        if (table.Name != context.Request.Query["table"].ToString())
        {
            return Results.NotFound();
        }

        return DashboardExports.File("sources", table, format, time);
    }
}
