using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Audience;
using Payoff.Application.Benchmark;
using Payoff.Application.CostsReport;
using Payoff.Application.LinksReport;
using Payoff.Application.Content;
using Payoff.Application.Conversations;
using Payoff.Application.Social;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Hosting;
using Payoff.Web.Sources;

namespace Payoff.Web.Reports;

/// <summary>
/// Maps <c>GET /api/reports/sources</c>, <c>/benchmark</c>, <c>/social</c>, <c>/audience</c>, <c>/costs</c> and <c>/links</c>: the
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
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/benchmark", (HttpContext context, IStore store, [FromServices] BenchmarkHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    BenchmarkJson.Build(await handler.HandleAsync(session, workspace, BenchmarkRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("BenchmarkReport").WithSummary("Each network's sessions, contacts, contact rate, customers and revenue month by month, and the goals' progress (default: 12 months to today).");
        reports.MapGet("/social", (HttpContext context, IStore store, [FromServices] SocialHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    SocialJson.Build(await handler.HandleAsync(session, workspace, SocialRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("SocialReport").WithSummary("Followers, growth, reach, impressions, engagements and engagement rate (with its basis) per network, account or month.");
        reports.MapGet("/content", (HttpContext context, IStore store, [FromServices] ContentHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    ContentJson.Build(await handler.HandleAsync(session, workspace, ContentRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("ContentReport").WithSummary("Which posts work: the top and bottom posts per network by engagement rate (with its basis), reach, clicks, visits or leads, or the same per type, label, hashtag or month (by=post|type|label|hashtag|month|utm-content, metric, top, network; label=LABEL=WORD|WORD gives labels from caption words).");
        reports.MapGet("/best-time", (HttpContext context, IStore store, [FromServices] BestTimeHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    ContentJson.BestTime(await handler.HandleAsync(session, workspace, BestTimeRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("BestTimeReport").WithSummary("When to post: per network, the median engagement rate (or metric) per local weekday and hour, sparse slots marked, the top three slots and the best weekday (network, metric, min-posts).");
        reports.MapGet("/audience", (HttpContext context, IStore store, [FromServices] AudienceHandler handler, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    AudienceJson.Build(await handler.HandleAsync(session, workspace, AudienceRequest.Parse(Query(context)), cancellationToken)), cancellationToken))
            .WithName("AudienceReport").WithSummary("Imported audience demographics per network side by side, and where two audiences differ markedly (total-variation distance at least 0.25).");
        reports.MapGet("/conversations", (HttpContext context, IStore store, [FromServices] ConversationReportHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    ConversationReportOutput.Json(workspace.Name, await handler.HandleAsync(session, workspace, ConversationReportRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("ConversationsReport").WithSummary("Is the buzz growing, positive or negative: mentions, comments and reviews per period (by=day|week|month) with their trend, sentiment shares with 95 % intervals, the negative share against the period before, rising words in negative messages per language, the most discussed posts (network, from, to).");
        reports.MapGet("/service", (HttpContext context, IStore store, [FromServices] ServiceReportHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    ServiceReportOutput.Json(workspace.Name, await handler.HandleAsync(session, workspace, ConversationReportRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("ServiceReport").WithSummary("Customer service: requests, the response rate within the workspace's target, median and 90th-percentile first response (in business hours when set), per network and month, and the unanswered requests (network, from, to).");
        reports.MapGet("/costs", (HttpContext context, IStore store, [FromServices] CostsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    CostsJson.Build(await handler.HandleAsync(session, workspace, CostsRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("CostsReport").WithSummary("Imported ad spend with impressions and clicks per network, campaign or month, in the original currencies, and staff time and fees.");
        reports.MapGet("/links", (HttpContext context, IStore store, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    LinksReportJson.Build(await LinksReportHandler.HandleAsync(session, workspace, LinksReportRequest.Parse(Query(context), workspace, time), cancellationToken)), cancellationToken))
            .WithName("LinksReport").WithTags("Links").WithSummary("Clicks, unique clicks, bot requests, sessions, contacts, customers and revenue per link (default: the last 30 days).");
        return app;
    }

    private static Application.Requests.RequestValues Query(HttpContext context) => RequestProblems.Values(context.Request.Query);
}
