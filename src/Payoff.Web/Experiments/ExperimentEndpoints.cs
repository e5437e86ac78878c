using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Experiments;
using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Experiments;

/// <summary>A new experiment as the API takes it (JSON): the fields of <c>payoff experiment add</c>.</summary>
/// <param name="Network">The network whose posts it assigns.</param>
/// <param name="Name">Its name, unique in the workspace.</param>
/// <param name="Variants">Two to six variants, each without a comma (400 naming <c>variants</c> otherwise).</param>
/// <param name="Assign">type (default), label, hashtag or utm-content.</param>
/// <param name="Metric">engagement-rate (default), visits-per-post or leads-per-post.</param>
/// <param name="From">First day, yyyy-MM-dd (default: today).</param>
/// <param name="Until">Last day, yyyy-MM-dd.</param>
public sealed record ExperimentBody(string? Network, string? Name, IReadOnlyList<string>? Variants, string? Assign, string? Metric, string? From, string? Until);

/// <summary>The experiments API, mirroring <c>payoff experiment add|list|show|stop</c> through <see cref="ExperimentsHandler"/>.</summary>
public static class ExperimentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapExperiments(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Experiments");
        api.MapPost("/experiments", async Task<Created<JsonObject>> (ExperimentBody body, ClaimsPrincipal user, IStore store, ExperimentsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    // The request reads variants as one comma-separated text (as the command line takes them), so a
                    // comma inside one would split it silently.
                    if (body.Variants?.FirstOrDefault(v => v?.Contains(',', StringComparison.Ordinal) == true) is { } comma)
                    {
                        throw new RequestException("variants", $"variants: '{Text.Visible(comma)}' contains a comma; a variant cannot (give each variant as its own string: [\"video\", \"image\"]).");
                    }

                    var values = new RequestValues(new Dictionary<string, string?>(StringComparer.Ordinal)
                    {
                        ["network"] = body.Network, ["name"] = body.Name, ["variants"] = body.Variants is null ? null : string.Join(',', body.Variants),
                        ["assign"] = body.Assign, ["metric"] = body.Metric, ["from"] = body.From, ["until"] = body.Until,
                    });
                    var added = await handler.AddAsync(workspace, ExperimentRequest.Parse(values, workspace, time), cancellationToken);
                    return TypedResults.Created($"/api/experiments/{Uri.EscapeDataString(added.Experiment.Plan.Name)}", ExperimentJson.Build(added));
                })
            .AnswerRequestErrors()
            .WithName("AddExperiment").WithSummary("Add a content experiment; the answer carries its figures so far.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet("/experiments", async (ClaimsPrincipal user, IStore store, ExperimentsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(ExperimentJson.List(workspace.Name, await handler.ListAsync(workspace, cancellationToken)));
                })
            .WithName("ListExperiments").WithSummary("Every experiment with its status, figures and outcome (an ended one's outcome is recorded the first time it is read).").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapGet("/experiments/{name}", async (string name, HttpContext context, ClaimsPrincipal user, IStore store, ExperimentsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(ExperimentJson.Build(await handler.ShowAsync(workspace, PathSegments.Decoded(context, name), cancellationToken)));
                })
            .AnswerRequestErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ShowExperiment").WithSummary("One experiment: each variant's posts, value and 95 % interval, the test, power and posts still needed.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/experiments/{name}/stop", async (string name, HttpContext context, ClaimsPrincipal user, IStore store, ExperimentsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    return TypedResults.Ok(ExperimentJson.Build(await handler.StopAsync(workspace, PathSegments.Decoded(context, name), cancellationToken)));
                })
            .AnswerRequestErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("StopExperiment").WithSummary("Stop a planned or running experiment; its result is recorded as stopped with its figures of this moment.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        return app;
    }
}
