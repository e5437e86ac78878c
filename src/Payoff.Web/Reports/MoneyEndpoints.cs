using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Kpi;
using Payoff.Application.Overview;
using Payoff.Application.Roi;
using Payoff.Application.Verdict;
using Microsoft.AspNetCore.Http;
using Payoff.Core.Stores;
using Payoff.Web.Access;

namespace Payoff.Web.Reports;

/// <summary>
/// The money reports over HTTP, mirroring the CLI: <c>/api/reports/roi|verdict|kpi</c> (staff time and the
/// time-cost calculator are in <see cref="Costs.CostSetupEndpoints"/>).
/// </summary>
public static class MoneyEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapMoney(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/roi", (ClaimsPrincipal user, IStore store, RoiHandler handler, TimeProvider time, string? from, string? to, string? by, string? network, string? model, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, user, async (session, workspace) =>
                {
                    var request = RoiRequest.Parse(ReportAnswer.Values(("from", from), ("to", to), ("by", by), ("network", network), ("model", model)), workspace, time);
                    return RoiJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken));
                }, cancellationToken))
            .WithName("RoiReport").WithSummary("Revenue, value, ad spend, staff time and fees with ROI, ROAS, cost per visit, CPL, CAC and value per visit (first-touch unless model names another).");
        reports.MapGet("/verdict", (ClaimsPrincipal user, IStore store, VerdictHandler handler, TimeProvider time, string? months, string? from, string? to, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, user, async (session, workspace) =>
                {
                    var request = VerdictRequest.Parse(ReportAnswer.Values(("months", months), ("from", from), ("to", to)), workspace, time);
                    return VerdictJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken), workspace.Name);
                }, cancellationToken))
            .WithName("VerdictReport").WithSummary("Per network: role, trend, goals, ROI with staff time, and scale, keep, optimize, reduce-time or cut with the reasons.");
        reports.MapGet("/actions", (ClaimsPrincipal user, IStore store, NextActionsHandler handler, TimeProvider time, string? months, string? from, string? to, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, user, async (session, workspace) =>
                {
                    var request = VerdictRequest.Parse(ReportAnswer.Values(("months", months), ("from", from), ("to", to)), workspace, time);
                    return NextActionsJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken), workspace.Name);
                }, cancellationToken))
            .WithName("NextActions").WithSummary("What to do now: the overview's ranked lines (cut or reduce time by saving, goals off track or at risk by deadline, networks to scale by sessions), each a sentence with its figure.");
        reports.MapGet("/kpi", (ClaimsPrincipal user, IStore store, KpiHandler handler, TimeProvider time, string? from, string? to, string? program, string? weights, string? by, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, user, async (session, workspace) =>
                {
                    var request = KpiRequest.Parse(ReportAnswer.Values(("from", from), ("to", to), ("program", program), ("weights", weights), ("by", by)), workspace, time);
                    return KpiJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken), workspace.Name);
                }, cancellationToken))
            .WithName("KpiReport").WithSummary("Program KPIs per network: reach, exchange and monetization against the workspace's last six months.");

        return app;
    }
}
