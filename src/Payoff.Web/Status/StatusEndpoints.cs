using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Collect;
using Payoff.Core.Stores;
using Payoff.Web.Access;
using Payoff.Web.Collect;

namespace Payoff.Web.Status;

/// <summary>Maps <c>/health</c> and <c>/api/status</c>.</summary>
public static class StatusEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IngestService ingest, IStore data, CancellationToken cancellationToken) =>
        {
            IReadOnlyDictionary<string, long> dropped;
            string store;
            try
            {
                await using (var session = await data.OpenSessionAsync(cancellationToken))
                {
                    dropped = (await session.Status.ReadAsync(null, cancellationToken)).DroppedByReason;
                }

                store = ingest.StoreError ?? "ok";
            }
#pragma warning disable CA1031 // Health reports any store failure as degraded instead of failing itself.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                dropped = new Dictionary<string, long>();
                store = ex.Message.Split('\n')[0];
            }

            var status = ingest.SpoolFailing ? "unhealthy" : store == "ok" ? "ok" : "degraded";
            var report = new HealthReport(status, store, ingest.SpoolFailing ? "failing" : "ok", ingest.SpoolBytes, ingest.Lag, ingest.Applied, dropped);
            return TypedResults.Json(report, statusCode: status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).WithName("Health").WithTags("Status").WithSummary("Liveness and readiness: store, spool, lag and dropped hits by reason. 503 when collect cannot accept events.")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/status", async (ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                return TypedResults.Ok(await session.Status.ReadAsync(await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken), cancellationToken));
            })
            .WithName("Status").WithTags("Status").WithSummary("The workspace's events, sessions, sites, links, last event and dropped hits by reason.")
            .Produces<CollectStatus>().RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }
}
