using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Goals;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Goals;

/// <summary>The goals API, mirroring <c>payoff goal add|list|show|edit|archive</c> and <c>payoff report goals</c>.</summary>
public static class GoalEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapGoals(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Goals");
        api.MapPost("/goals", (GoalRequest request, ClaimsPrincipal user, StoreGate gate, WebOptions options) =>
                gate.Run<Results<Created<GoalView>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var (goal, error) = request.Apply(null, workspace.Calendar.Today(options.Time));
                    if (goal is null)
                    {
                        return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    goal = new DuckDbGoalStore(db).Add(workspace, goal);
                    var check = Service(db, options).CheckAsync(workspace, goal).GetAwaiter().GetResult();
                    return TypedResults.Created($"/api/goals/{goal.Id}", GoalView.Of(goal, check));
                }))
            .WithName("AddGoal").WithSummary("Add a goal; the answer carries its SMART check with the numbers.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/goals", (ClaimsPrincipal user, StoreGate gate, bool? archived) =>
                gate.Run(db => new DuckDbGoalStore(db).List(ApiKeyClaims.Workspace(db, user), archived ?? false).Select(GoalListItem.Of).ToList()))
            .WithName("ListGoals").WithSummary("The goals (archived ones with ?archived=true).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapGet("/goals/{id:long}", (long id, ClaimsPrincipal user, StoreGate gate, WebOptions options) =>
                gate.Run<Results<Ok<GoalView>, NotFound>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (new DuckDbGoalStore(db).Find(workspace, id) is not { } goal)
                    {
                        return TypedResults.NotFound();
                    }

                    var service = Service(db, options);
                    var check = service.CheckAsync(workspace, goal).GetAwaiter().GetResult();
                    var progress = service.TrackAsync(workspace, [goal]).GetAwaiter().GetResult()[0];
                    return TypedResults.Ok(GoalView.Of(goal, check, GoalProgressView.Of(progress)));
                }))
            .WithName("ShowGoal").WithSummary("A goal with its SMART check, progress, forecast and months.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPut("/goals/{id:long}", (long id, GoalRequest request, ClaimsPrincipal user, StoreGate gate, WebOptions options) =>
                gate.Run<Results<Ok<GoalView>, NotFound, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var store = new DuckDbGoalStore(db);
                    if (store.Find(workspace, id) is not { } existing)
                    {
                        return TypedResults.NotFound();
                    }

                    var (goal, error) = request.Apply(existing, workspace.Calendar.Today(options.Time));
                    if (goal is null)
                    {
                        return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    store.Update(workspace, goal);
                    return TypedResults.Ok(GoalView.Of(goal, Service(db, options).CheckAsync(workspace, goal).GetAwaiter().GetResult()));
                }))
            .WithName("EditGoal").WithSummary("Change a goal (fields left out keep their values) and check it again.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapPost("/goals/{id:long}/archive", (long id, ClaimsPrincipal user, StoreGate gate) =>
                gate.Run<Results<NoContent, NotFound>>(db => new DuckDbGoalStore(db).Archive(ApiKeyClaims.Workspace(db, user), id) ? TypedResults.NoContent() : TypedResults.NotFound()))
            .WithName("ArchiveGoal").WithSummary("Archive a goal.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/reports/goals", async (ClaimsPrincipal user, IStore store, GoalsReportHandler handler, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                    return (await handler.HandleAsync(session, workspace, cancellationToken)).Rows.Select(GoalProgressView.Of).ToList();
                })
            .WithName("GoalsReport").WithTags("Reports").WithSummary("Each active goal's current value, progress, forecast with its interval, probability and status.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }

    private static GoalService Service(DuckDbDatabase db, WebOptions options) => new(new DuckDbLedgerReader(db), options.Time);
}
