using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Web.Access;

namespace Payoff.Web.Costs;

/// <summary>
/// The cost setup over the API, as the ROI &amp; costs page and <c>payoff time rate</c>, <c>payoff fee</c>,
/// <c>payoff currency</c> do it: hourly rates, fixed fees and currency rates of the key's workspace.
/// </summary>
public static class CostSetupEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCostSetup(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Costs");
        api.MapGet("/rates", async (ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    return await session.CostSetup.RatesAsync(await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken), cancellationToken);
                })
            .WithName("ListRates").WithSummary("Hourly rates (an empty person is everyone without their own rate).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/rates", async Task<Results<Ok<HourlyRate>, ProblemHttpResult>> (RateRequest request, ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    var (rate, error) = CostSetupInput.Rate(request.Person, request.Rate, request.Currency, workspace.Currency);
                    if (rate is null)
                    {
                        return Problem(error);
                    }

                    await session.CostSetup.SetRateAsync(workspace, rate, cancellationToken);
                    store.Changed();
                    return TypedResults.Ok(rate);
                })
            .WithName("SetRate").WithSummary("Set a person's hourly rate ({person, rate, currency}); it prices their logged and recurring time.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/fees", async (ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    return await session.CostSetup.FeesAsync(await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken), cancellationToken);
                })
            .WithName("ListFees").WithSummary("Fixed monthly costs and how they are split between networks.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/fees", async Task<Results<Created<Fee>, ProblemHttpResult>> (FeeRequest request, ClaimsPrincipal user, IStore store, WebOptions options, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    var (fee, error) = CostSetupInput.Fee(request.Name, request.MonthlyAmount, request.Currency, request.Shares, request.From, request.To, workspace.Currency, workspace.Calendar.Today(options.Time));
                    if (fee is null)
                    {
                        return Problem(error);
                    }

                    var stored = await session.CostSetup.AddFeeAsync(workspace, fee, cancellationToken);
                    store.Changed();
                    return TypedResults.Created($"/api/fees/{stored.Id}", stored);
                })
            .WithName("AddFee").WithSummary("Add a fixed monthly cost ({name, monthly_amount, currency, shares: \"Facebook=2,LinkedIn=1\", from, to}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/currency-rates", async (ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    return await session.CostSetup.CurrencyRatesAsync(await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken), cancellationToken);
                })
            .WithName("ListCurrencyRates").WithSummary("Rates into the workspace currency.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/currency-rates", async Task<Results<Ok<CurrencyRate>, ProblemHttpResult>> (CurrencyRateRequest request, ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    var (rate, error) = CostSetupInput.CurrencyRate(request.Currency, request.From, request.Rate, workspace.Currency);
                    if (rate is null)
                    {
                        return Problem(error);
                    }

                    await session.CostSetup.SetCurrencyRateAsync(workspace, rate, cancellationToken);
                    store.Changed();
                    return TypedResults.Ok(rate);
                })
            .WithName("SetCurrencyRate").WithSummary("Set a currency's rate into the workspace currency from a day on ({currency, from, rate}).").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        return app;
    }

    private static ProblemHttpResult Problem(string? detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}
