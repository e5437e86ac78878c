using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Goals;
using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Goals;

/// <summary>The goals API, mirroring <c>payoff goal add|list|show|edit|archive</c> and <c>payoff report goals</c>, through the same handlers.</summary>
public static class GoalEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapGoals(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Goals");
        api.MapPost("/goals", async Task<Created<GoalView>> (GoalRequest request, ClaimsPrincipal user, IStore store, AddGoalHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var added = await handler.HandleAsync(workspace, request, RequestValues.Empty, cancellationToken);
                    return TypedResults.Created($"/api/goals/{added.Goal.Id}", GoalView.Of(added.Goal, added.Check));
                })
            .AnswerRequestErrors()
            .WithName("AddGoal").WithSummary("Add a goal; the answer carries its SMART check with the numbers.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/goals", async (ClaimsPrincipal user, IStore store, GoalsHandler handler, bool? archived, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return (await handler.ListAsync(workspace, archived ?? false, cancellationToken)).Select(GoalListItem.Of).ToList();
                })
            .WithName("ListGoals").WithSummary("The goals (archived ones with ?archived=true).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapGet("/goals/{id:long}", async Task<Results<Ok<GoalView>, NotFound>> (long id, ClaimsPrincipal user, IStore store, GoalsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return await handler.ShowAsync(workspace, id, cancellationToken) is { } shown
                        ? TypedResults.Ok(GoalView.Of(shown.Goal.Goal, shown.Goal.Check, GoalProgressView.Of(shown.Progress)))
                        : TypedResults.NotFound();
                })
            .WithName("ShowGoal").WithSummary("A goal with its SMART check, progress, forecast and months.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/goals/{id:long}", async Task<Results<Ok<GoalView>, NotFound>> (long id, GoalRequest request, ClaimsPrincipal user, IStore store, EditGoalHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return await handler.HandleAsync(workspace, id, request, RequestValues.Empty, cancellationToken) is { } edited
                        ? TypedResults.Ok(GoalView.Of(edited.Goal, edited.Check))
                        : TypedResults.NotFound();
                })
            .AnswerRequestErrors()
            .WithName("EditGoal").WithSummary("Change a goal (fields left out keep their values) and check it again.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapPost("/goals/{id:long}/archive", async Task<Results<NoContent, NotFound>> (long id, ClaimsPrincipal user, IStore store, ArchiveGoalHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return await handler.HandleAsync(workspace, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
                })
            .WithName("ArchiveGoal").WithSummary("Archive a goal.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/reports/goals", async (ClaimsPrincipal user, IStore store, GoalsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return (await handler.TrackAsync(workspace, cancellationToken)).Select(GoalProgressView.Of).ToList();
                })
            .WithName("GoalsReport").WithTags("Reports").WithSummary("Each active goal's current value, progress, forecast with its interval, probability and status.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }
}
