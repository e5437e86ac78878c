using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Costs;
using Payoff.Core.Networks;
using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Costs;
using Payoff.Web.Hosting;
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
        reports.MapGet("/roi", (ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? by, string? network) =>
                gate.Run<Results<Ok<RoiReport>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (ReportDays.Of(workspace.Calendar.Today(options.Time), from, to) is not { } range)
                    {
                        return TypedResults.Problem("from is after to.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    if (!Enum.TryParse<RoiGrouping>(by ?? "network", ignoreCase: true, out var grouping) || int.TryParse(by, out _))
                    {
                        return TypedResults.Problem($"by must be network or campaign, not '{by}'.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    var name = network is null ? null : NetworkCatalog.Default.Canonical(network) ?? network;
                    return TypedResults.Ok(new RoiReportBuilder(new DuckDbLedgerReader(db)).BuildAsync(workspace, range, grouping, name).GetAwaiter().GetResult());
                }))
            .WithName("RoiReport").WithSummary("Revenue, value, ad spend, staff time and fees with ROI, ROAS, cost per visit, CPL, CAC and value per visit (first-touch).");
        reports.MapGet("/verdict", (ClaimsPrincipal user, StoreGate gate, WebOptions options, int? months, string? from, string? to) =>
                gate.Run<Results<Ok<VerdictReport>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var today = workspace.Calendar.Today(options.Time);
                    var (period, problem) = VerdictQuery.Period(today, months, from, to);
                    if (period is null)
                    {
                        return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
                    }

                    if (period.Refusal(today) is { } refusal)
                    {
                        return TypedResults.Problem(refusal, statusCode: StatusCodes.Status400BadRequest);
                    }

                    var goals = new DuckDbGoalStore(db).List(workspace);
                    return TypedResults.Ok(new VerdictReportBuilder(new DuckDbLedgerReader(db), options.Time).BuildAsync(workspace, period, goals).GetAwaiter().GetResult());
                }))
            .WithName("VerdictReport").WithSummary("Per network: role, trend, goals, ROI with staff time, and scale, keep, optimize, reduce-time or cut with the reasons.");
        reports.MapGet("/kpi", (ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? program, string? weights, string? by) =>
                gate.Run<Results<Ok<KpiReport>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (ReportDays.Of(workspace.Calendar.Today(options.Time), from, to) is not { } range)
                    {
                        return TypedResults.Problem("from is after to.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    if (KpiWeights.Find(program, weights) is not { } chosen)
                    {
                        return TypedResults.Problem("program must be awareness, engagement or direct-response, or weights three numbers like 0.5,0.3,0.2.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    return TypedResults.Ok(new KpiReportBuilder(new DuckDbLedgerReader(db)).BuildAsync(workspace, range, chosen, by == "campaign").GetAwaiter().GetResult());
                }))
            .WithName("KpiReport").WithSummary("Program KPIs per network: reach, exchange and monetization against the workspace's last six months.");

        var time = app.MapGroup("/api").WithTags("Costs");
        time.MapPost("/time", (TimeEntry entry, ClaimsPrincipal user, StoreGate gate, WebOptions options) =>
                gate.Run<Results<Created<TimeEntry>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var (checkedEntry, error) = CostSetupInput.Time(entry.Network, entry.Person, entry.Day == default ? null : entry.Day, entry.Minutes, entry.Note, workspace.Calendar.Today(options.Time));
                    if (checkedEntry is null)
                    {
                        return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    var stored = new DuckDbCostSetupStore(db).Log(workspace, checkedEntry);
                    return TypedResults.Created($"/api/time/{stored.Id}", stored);
                }))
            .WithName("LogTime").WithSummary("Log staff time on a network ({network, person, day, minutes, note}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        time.MapGet("/time", (ClaimsPrincipal user, StoreGate gate, DateOnly? from, DateOnly? to) =>
                gate.Run(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var store = new DuckDbCostSetupStore(db);
                    return new { rates = store.Rates(workspace), recurring = store.Recurrences(workspace).Select(r => new { r.Id, r.Network, r.Person, r.Minutes, days = r.Days.Text, r.From, r.To }), entries = store.Time(workspace, new DateRange(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue)) };
                }))
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
