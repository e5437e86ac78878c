using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Attribution;
using Payoff.Application.Paths;
using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Web.Access;

namespace Payoff.Web.Attribution;

/// <summary>
/// <c>GET /api/reports/attribution</c> and <c>GET /api/reports/paths</c>: the same request, handler and JSON
/// document as <c>payoff report attribution|paths --format json</c>; a bad query value answers 400 with the
/// request's message. Also maps the attribution page's export (<see cref="AttributionExport"/>).
/// </summary>
public static class AttributionEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAttribution(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/attribution", (HttpContext http, IStore store, AttributionHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                AnswerAsync(http, store, async (session, workspace) =>
                    AttributionJson.Build(await handler.HandleAsync(session, workspace, AttributionRequest.Parse(Values(http), workspace, time), cancellationToken), workspace.Name), cancellationToken))
            .WithName("AttributionReport").WithSummary("Credits per channel under each attribution model, side by side, with the check that they add up.");
        reports.MapGet("/paths", (HttpContext http, IStore store, PathsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                AnswerAsync(http, store, async (session, workspace) =>
                    PathsJson.Build(await handler.HandleAsync(session, workspace, PathsRequest.Parse(Values(http), workspace, time), cancellationToken), workspace.Name), cancellationToken))
            .WithName("PathsReport").WithSummary("Most common converting paths, lengths, time to conversion, and who opens, assists and closes.");
        app.MapAttributionExport();
        return app;
    }

    /// <summary>The query string as request values (field names as in the URL, messages without a prefix).</summary>
    internal static RequestValues Values(HttpContext http) =>
        new(http.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal));

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> AnswerAsync(HttpContext http, IStore store, Func<IStoreSession, Workspace, Task<JsonObject>> build, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var workspace = await ApiKeyClaims.WorkspaceAsync(session, http.User, cancellationToken);
        try
        {
            return TypedResults.Ok(await build(session, workspace));
        }
        catch (RequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
