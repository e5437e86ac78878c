using Microsoft.AspNetCore.Http;
using Payoff.Application.Requests;
using Payoff.Application.Sources;
using Payoff.Core.Reporting.Sources;
using Payoff.Web.Components;
using Payoff.Web.Hosting;

namespace Payoff.Web.Sources;

/// <summary>
/// What the sources page and its exports show for one request: the scope (workspace, role, today), and
/// either the report of the query string's <see cref="SourcesRequest"/> or the sentence refusing it —
/// the same sentence the CLI and the API give for the same input.
/// </summary>
/// <param name="Scope">The user's workspace and the query string.</param>
/// <param name="Report">The report, or null when the request was refused.</param>
/// <param name="Problem">Why the request was refused, or null.</param>
public sealed record SourcesView(DashboardScope Scope, SourcesReport? Report, string? Problem)
{
    /// <summary>
    /// The view of <paramref name="context"/>'s query, built by <paramref name="handler"/> (figures kept by
    /// <paramref name="cache"/> like every report page's); null when the user is no member of the workspace (404).
    /// </summary>
    public static async Task<SourcesView?> LoadAsync(HttpContext context, DashboardCache cache, SourcesHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(handler);
        if (DashboardScope.FromMemberships(await cache.MembershipsAsync(context.User, cancellationToken), context.Request.Query, time) is not { } scope)
        {
            return null;
        }

        try
        {
            var request = SourcesRequest.Parse(RequestProblems.Values(context.Request.Query), scope.Workspace, time);
            var report = await cache.GetAsync($"sources|{scope.Workspace.Id}|{scope.Today:yyyy-MM-dd}|{scope.CacheKey}", DashboardCache.Lifetime, ct => handler.HandleAsync(scope.Workspace, request, ct));
            return new SourcesView(scope, report, null);
        }
        catch (RequestException ex)
        {
            return new SourcesView(scope, null, ex.Message);
        }
    }
}
