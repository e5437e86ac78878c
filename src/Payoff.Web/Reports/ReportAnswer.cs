using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Web.Access;

namespace Payoff.Web.Reports;

/// <summary>
/// How a report endpoint answers: one store session for the API key's workspace, the report's request parsed
/// from the query (<see cref="RequestValues"/> without prefix, so messages say <c>from</c>), its JSON document
/// with 200, or 400 with the <see cref="RequestException"/>'s sentence.
/// </summary>
public static class ReportAnswer
{
    /// <summary>Runs <paramref name="build"/> in a session on <paramref name="store"/> for <paramref name="user"/>'s workspace.</summary>
    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> JsonAsync(
        IStore store, ClaimsPrincipal user, Func<IStoreSession, Workspace, Task<JsonObject>> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(build);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
        try
        {
            return TypedResults.Ok(await build(session, workspace));
        }
        catch (RequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Query fields as request values (null for those not given).</summary>
    public static RequestValues Values(params (string Field, string? Value)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal));
}
