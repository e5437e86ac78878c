using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Benchmark;
using Payoff.Application.CostsReport;
using Payoff.Application.LinksReport;
using Payoff.Application.Social;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Hosting;
using Payoff.Web.Sources;

namespace Payoff.Web.Reports;

/// <summary>
/// Maps <c>GET /api/reports/sources</c>, <c>/benchmark</c>, <c>/social</c>, <c>/costs</c> and <c>/links</c>: the
/// reports of the key's workspace, each parsed by its request's <c>Parse</c>, built by its handler and written as
/// its one JSON document — the same as <c>payoff report … --format json</c>. A bad query answers 400 with the
/// sentence the CLI prints (fields named without <c>--</c>).
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapSourcesApi();
        var reports = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter(RequestProblems.Filter).RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/benchmark", async (HttpContext context, IStore store, [FromServices] BenchmarkHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, context.User, cancellationToken);
                var request = BenchmarkRequest.Parse(RequestProblems.Values(context.Request.Query), workspace, time);
                return TypedResults.Ok(BenchmarkJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken)));
            })
            .WithName("BenchmarkReport").WithSummary("Each network's sessions, contacts, contact rate, customers and revenue month by month, and the goals' progress (default: 12 months to today).");
        reports.MapGet("/social", async (HttpContext context, IStore store, [FromServices] SocialHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, context.User, cancellationToken);
                var request = SocialRequest.Parse(RequestProblems.Values(context.Request.Query), workspace, time);
                return TypedResults.Ok(SocialJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken)));
            })
            .WithName("SocialReport").WithSummary("Followers, growth, reach, impressions, engagements and engagement rate (with its basis) per network, account or month.");
        reports.MapGet("/costs", async (HttpContext context, IStore store, [FromServices] CostsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, context.User, cancellationToken);
                var request = CostsRequest.Parse(RequestProblems.Values(context.Request.Query), workspace, time);
                return TypedResults.Ok(CostsJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken)));
            })
            .WithName("CostsReport").WithSummary("Imported ad spend with impressions and clicks per network, campaign or month, in the original currencies, and staff time and fees.");
        reports.MapGet("/links", async (HttpContext context, IStore store, [FromServices] LinksReportHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, context.User, cancellationToken);
                var request = LinksReportRequest.Parse(RequestProblems.Values(context.Request.Query), workspace, time);
                return TypedResults.Ok(LinksReportJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken)));
            })
            .WithName("LinksReport").WithTags("Links").WithSummary("Clicks, unique clicks, bot requests, sessions, contacts, customers and revenue per link (default: the last 30 days).");
        return app;
    }
}
