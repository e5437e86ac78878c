using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.CostSetup;
using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Costs;

/// <summary>
/// The cost setup over the API through the handlers <c>payoff time</c>, <c>payoff fee</c> and <c>payoff currency</c> use:
/// hourly rates, staff time, fixed fees and currency rates of the key's workspace, and the time-cost calculator. A refused
/// request answers 400 with the sentence the CLI prints (fields named as the body names them).
/// </summary>
public static class CostSetupEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCostSetup(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Costs");
        api.MapGet("/rates", async (ClaimsPrincipal user, IStore store, CostSetupListsHandler handler, CancellationToken cancellationToken) =>
                await handler.RatesAsync(await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken), cancellationToken))
            .WithName("ListRates").WithSummary("Hourly rates (an empty person is everyone without their own rate).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/rates", async Task<Ok<HourlyRate>> (RateRequest request, ClaimsPrincipal user, IStore store, SetHourlyRateHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(await handler.HandleAsync(workspace, HourlyRateRequest.Parse(request.Values(), workspace), cancellationToken));
                })
            .AnswerRequestErrors()
            .WithName("SetRate").WithSummary("Set a person's hourly rate ({person, rate, currency}); it prices their logged and recurring time.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/fees", async (ClaimsPrincipal user, IStore store, CostSetupListsHandler handler, CancellationToken cancellationToken) =>
                await handler.FeesAsync(await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken), cancellationToken))
            .WithName("ListFees").WithSummary("Fixed monthly costs and how they are split between networks.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/fees", async Task<Created<Fee>> (FeeRequest request, ClaimsPrincipal user, IStore store, AddFeeHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var stored = await handler.HandleAsync(workspace, AddFeeRequest.Parse(request.Values(), workspace, time), cancellationToken);
                    return TypedResults.Created($"/api/fees/{stored.Id}", stored);
                })
            .AnswerRequestErrors()
            .WithName("AddFee").WithSummary("Add a fixed monthly cost ({name, monthly_amount, currency, shares: \"Facebook=2,LinkedIn=1\", from, to}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/currency-rates", async (ClaimsPrincipal user, IStore store, CostSetupListsHandler handler, CancellationToken cancellationToken) =>
                await handler.CurrencyRatesAsync(await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken), cancellationToken))
            .WithName("ListCurrencyRates").WithSummary("Rates into the workspace currency.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/currency-rates", async Task<Ok<CurrencyRate>> (CurrencyRateRequest request, ClaimsPrincipal user, IStore store, SetCurrencyRateHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(await handler.HandleAsync(workspace, Application.CostSetup.CurrencyRateRequest.Parse(request.Values(), workspace), cancellationToken));
                })
            .AnswerRequestErrors()
            .WithName("SetCurrencyRate").WithSummary("Set a currency's rate into the workspace currency from a day on ({currency, from, rate}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapPost("/time", async Task<Created<TimeEntry>> (TimeRequest request, ClaimsPrincipal user, IStore store, LogTimeHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var stored = await handler.HandleAsync(workspace, LogTimeRequest.Parse(request.Values(), workspace, time), cancellationToken);
                    return TypedResults.Created($"/api/time/{stored.Id}", stored);
                })
            .AnswerRequestErrors()
            .WithName("LogTime").WithSummary("Log staff time on a network ({network, person, day, minutes or hours, note}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/time", async (ClaimsPrincipal user, IStore store, CostSetupListsHandler handler, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var sheet = await handler.TimeAsync(workspace, new DateRange(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue), cancellationToken);
                    return TypedResults.Ok(TimeSheetAnswer.Of(sheet));
                })
            .WithName("ListTime").WithSummary("Hourly rates, recurring time and logged time.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapGet("/costs/time", (HttpContext context) =>
                {
                    var request = TimeCostRequest.Parse(RequestProblems.Values(context.Request.Query) with { Spellings = TimeCostSpellings });
                    var (hours, cost) = request.Cost();
                    return TypedResults.Ok(new TimeCostAnswer(hours, cost, request.Currency));
                })
            .AnswerRequestErrors()
            .WithName("TimeCost").WithSummary("What a routine costs: rate × minutes a day × days a week × weeks (a year is 52).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }

    private static readonly Dictionary<string, string> TimeCostSpellings = new(StringComparer.Ordinal) { ["minutes-per-day"] = "minutes_per_day" };
}
