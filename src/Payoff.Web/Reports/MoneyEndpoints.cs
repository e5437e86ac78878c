using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Kpi;
using Payoff.Application.Roi;
using Payoff.Application.Verdict;
using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Reports;

/// <summary>
/// The money side over HTTP, mirroring the CLI: <c>/api/reports/roi|verdict|kpi</c>, staff time
/// (<c>/api/time</c>) and the time-cost calculator (<c>/api/costs/time</c>).
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
        reports.MapGet("/kpi", (ClaimsPrincipal user, IStore store, KpiHandler handler, TimeProvider time, string? from, string? to, string? program, string? weights, string? by, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, user, async (session, workspace) =>
                {
                    var request = KpiRequest.Parse(ReportAnswer.Values(("from", from), ("to", to), ("program", program), ("weights", weights), ("by", by)), workspace, time);
                    return KpiJson.Build(await handler.HandleAsync(session, workspace, request, cancellationToken), workspace.Name);
                }, cancellationToken))
            .WithName("KpiReport").WithSummary("Program KPIs per network: reach, exchange and monetization against the workspace's last six months.");

        var time = app.MapGroup("/api").WithTags("Costs");
        time.MapPost("/time", async Task<Results<Created<TimeEntry>, ProblemHttpResult>> (TimeEntry entry, ClaimsPrincipal user, IStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    var (checkedEntry, error) = CostSetupInput.Time(entry.Network, entry.Person, entry.Day == default ? null : entry.Day, entry.Minutes, entry.Note, workspace.Calendar.Today(clock));
                    if (checkedEntry is null)
                    {
                        return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    var stored = await session.CostSetup.LogAsync(workspace, checkedEntry, cancellationToken);
                    store.Changed();
                    return TypedResults.Created($"/api/time/{stored.Id}", stored);
                })
            .WithName("LogTime").WithSummary("Log staff time on a network ({network, person, day, minutes, note}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        time.MapGet("/time", async (ClaimsPrincipal user, IStore store, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    var setup = session.CostSetup;
                    var rates = await setup.RatesAsync(workspace, cancellationToken);
                    var recurring = await setup.RecurrencesAsync(workspace, cancellationToken);
                    var entries = await setup.TimeAsync(workspace, new DateRange(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue), cancellationToken);
                    return new { rates, recurring = recurring.Select(r => new { r.Id, r.Network, r.Person, r.Minutes, days = r.Days.Text, r.From, r.To }), entries };
                })
            .WithName("ListTime").WithSummary("Hourly rates, recurring time and logged time.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        time.MapGet("/costs/time", ([FromQuery] decimal rate, [FromQuery(Name = "minutes_per_day")] decimal minutesPerDay, string? days, string? period, string? currency) =>
            {
                if (!DayPattern.TryParse(days ?? "weekdays", out var pattern) || TimeCostCalculator.Weeks(period ?? "year") is not { } weeks || rate < 0 || minutesPerDay is < 0 or > 1440)
                {
                    return Results.Problem("rate ≥ 0, minutes_per_day 0–1440, days weekdays|daily|weekends|mon,wed…, period week|month|quarter|year.", statusCode: StatusCodes.Status400BadRequest);
                }

                var code = currency ?? "USD";
                var (hours, cost) = TimeCostCalculator.Cost(rate, minutesPerDay, pattern!, weeks, code);
                return Results.Ok(new { hours, cost, currency = code });
            })
            .WithName("TimeCost").WithSummary("What a routine costs: rate × minutes a day × days a week × weeks (a year is 52).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }
}
