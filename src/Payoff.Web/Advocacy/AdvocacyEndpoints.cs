using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Advocacy;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Hosting;
using Payoff.Web.Reports;

namespace Payoff.Web.Advocacy;

/// <summary>The body of <c>POST /api/advocates</c>.</summary>
/// <param name="ContactId">The CRM contact id (required), as <c>GET /api/advocates</c> names it.</param>
/// <param name="Code">The referral code (3 to 32 letters, digits, '-' or '_'); generated when absent.</param>
/// <param name="Followers">The advocate's follower count, a whole number ≥ 0, shown and never ranked by.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AdvocateBody(string? ContactId, string? Code = null, int? Followers = null);

/// <summary>The body of <c>POST /api/programs</c>: as <c>payoff program add</c>.</summary>
/// <param name="Name">The program's name (also its links' <c>utm_campaign</c>).</param>
/// <param name="AdvocateReward">The advocate's reward per qualifying friend action, in the workspace currency.</param>
/// <param name="FriendReward">The friend's reward, in the workspace currency.</param>
/// <param name="On"><c>lead</c>, <c>customer</c> or a conversion's name.</param>
/// <param name="Cap">The most rewarded actions per advocate per month.</param>
/// <param name="From">First day, yyyy-MM-dd.</param>
/// <param name="To">Last day, yyyy-MM-dd.</param>
/// <param name="Disclosure">The public disclosure (default: a sentence naming both rewards).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProgramBody(string? Name, decimal? AdvocateReward, decimal? FriendReward, string? On, int? Cap = null, string? From = null, string? To = null, string? Disclosure = null);

/// <summary>The body of <c>POST /api/rewards/{id}/status</c>.</summary>
/// <param name="Status"><c>approved</c>, <c>paid</c> or <c>voided</c>.</param>
/// <param name="Reason">Why (required to void).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RewardStatusBody(string? Status, string? Reason = null);

/// <summary>
/// The advocates API (issue 19), mirroring the CLI through <see cref="AdvocacyHandler"/>: <c>GET /api/reports/advocates</c>
/// (from, to, program, model), <c>GET /api/reports/advocate-candidates</c> (limit), <c>GET|POST /api/advocates</c>,
/// <c>GET|POST /api/programs</c>, <c>GET /api/rewards</c> (program, status, code), <c>POST /api/rewards/{id}/status</c> and
/// <c>GET /api/rewards/{id}/history</c>; plus the public pages (<see cref="PublicPages"/>) and the Advocates page's exports.
/// A bad field answers 400 naming it; writes need a write key.
/// </summary>
public static class AdvocacyEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAdvocacy(this IEndpointRouteBuilder app)
    {
        app.MapPublicPages();
        app.MapAdvocatesExport();
        var reports = app.MapGroup("/api/reports").WithTags("Advocates").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/advocates", (HttpContext context, IStore store, TimeProvider time, CancellationToken cancellationToken) =>
                ReportAnswer.JsonAsync(store, context.User, async (session, workspace) =>
                    AdvocacyOutput.ReportJson(workspace.Name, await AdvocacyHandler.ReportAsync(session, workspace, RequestProblems.Values(context.Request.Query), time, cancellationToken)), cancellationToken))
            .WithName("AdvocatesReport").WithSummary("What each advocate's friends did (link clicks, friends reached, visits, leads, customers, revenue, rewards), ranked by the friends' results — never by followers — with invitations per advocate, conversion and K with 95 % intervals (from, to, program, model).");
        reports.MapGet("/advocate-candidates", async (HttpContext context, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var candidates = await handler.CandidatesAsync(workspace, RequestProblems.Values(context.Request.Query), time, cancellationToken);
                    return TypedResults.Ok(AdvocacyOutput.CandidatesJson(workspace.Name, workspace.Currency, candidates));
                })
            .AnswerRequestErrors()
            .WithName("AdvocateCandidates").WithSummary("Customers most likely to advocate, scored from recency, purchases, revenue, recent visits and tenure, each with its reasons (limit, default 25).");
        var api = app.MapGroup("/api").WithTags("Advocates");
        api.MapGet("/advocates", async (ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(AdvocacyOutput.AdvocatesJson(workspace.Name, await handler.AdvocatesAsync(workspace, cancellationToken)));
                })
            .WithName("ListAdvocates").WithSummary("The advocates with their referral codes and follower counts.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/advocates", async Task<Created<JsonObject>> (AdvocateBody body, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var added = await handler.AddAdvocateAsync(workspace, ReportAnswer.Values(("contact", body.ContactId), ("code", body.Code), ("followers", body.Followers?.ToString(CultureInfo.InvariantCulture))) with
                    {
                        Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["contact"] = "contact_id" },
                    }, cancellationToken);
                    return TypedResults.Created($"/api/advocates/{added.Id}", AdvocacyOutput.Advocate(added));
                })
            .AnswerRequestErrors()
            .WithName("AddAdvocate").WithSummary("Add an advocate: a CRM contact with a referral code.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/programs", async (ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(AdvocacyOutput.ProgramsJson(workspace.Name, await handler.ProgramsAsync(workspace, cancellationToken)));
                })
            .WithName("ListPrograms").WithSummary("The referral programs with their rewards, rules and disclosure.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/programs", async Task<Created<JsonObject>> (ProgramBody body, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var values = ReportAnswer.Values(
                        ("name", body.Name), ("advocate-reward", body.AdvocateReward?.ToString(CultureInfo.InvariantCulture)), ("friend-reward", body.FriendReward?.ToString(CultureInfo.InvariantCulture)),
                        ("on", body.On), ("cap", body.Cap?.ToString(CultureInfo.InvariantCulture)), ("from", body.From), ("to", body.To), ("disclosure", body.Disclosure)) with
                    {
                        Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["advocate-reward"] = "advocate_reward", ["friend-reward"] = "friend_reward" },
                    };
                    var added = await handler.AddProgramAsync(workspace, values, cancellationToken);
                    return TypedResults.Created($"/api/programs/{added.Id}", AdvocacyOutput.Program(added));
                })
            .AnswerRequestErrors()
            .WithName("AddProgram").WithSummary("Add a two-way referral program.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/rewards", async (HttpContext context, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(AdvocacyOutput.RewardsJson(workspace.Name, await handler.RewardsAsync(workspace, RequestProblems.Values(context.Request.Query), cancellationToken)));
                })
            .AnswerRequestErrors()
            .WithName("ListRewards").WithSummary("The reward ledger, oldest first, after creating what friends' new actions earned (program, status, code).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/rewards/{id:long}/status", async Task<Ok<JsonObject>> (long id, RewardStatusBody body, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var history = await handler.SetRewardStatusAsync(workspace, id, ReportAnswer.Values(("status", body.Status), ("reason", body.Reason)), user.Identity?.Name ?? "api", cancellationToken);
                    return TypedResults.Ok(HistoryJson(id, history));
                })
            .AnswerRequestErrors()
            .WithName("SetRewardStatus").WithSummary("Approve, pay or void (with a reason) a reward; the change is kept in its history.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/rewards/{id:long}/history", async Task<Ok<JsonObject>> (long id, ClaimsPrincipal user, IStore store, AdvocacyHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(HistoryJson(id, await handler.RewardHistoryAsync(workspace, id, cancellationToken)));
                })
            .AnswerRequestErrors()
            .WithName("RewardHistory").WithSummary("Every status a reward had: when, by whom and why.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }

    private static JsonObject HistoryJson(long id, IReadOnlyList<Core.Advocacy.RewardChange> history) => new()
    {
        ["id"] = id,
        ["history"] = new JsonArray([.. history.Select(h => (JsonNode)new JsonObject
        {
            ["status"] = AdvocacyOutput.Status(h.Status),
            ["at"] = h.At.ToString("O", CultureInfo.InvariantCulture),
            ["by"] = h.By,
            ["reason"] = h.Reason,
        })]),
    };
}
