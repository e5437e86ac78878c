using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Collect;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Collect;
using Payoff.Web.Hosting;

namespace Payoff.Web.Status;

/// <summary>Maps <c>/health</c> and <c>/api/status</c>.</summary>
public static class StatusEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IngestService ingest, StoreGate gate) =>
        {
            IReadOnlyDictionary<string, long> dropped;
            string store;
            try
            {
                dropped = gate.Run(db => new DuckDbStatusReader(db).Read(null)).DroppedByReason;
                store = ingest.StoreError ?? "ok";
            }
            catch (DuckDB.NET.Data.DuckDBException ex)
            {
                dropped = new Dictionary<string, long>();
                store = ex.Message.Split('\n')[0];
            }

            var status = ingest.SpoolFailing ? "unhealthy" : store == "ok" ? "ok" : "degraded";
            var report = new HealthReport(status, store, ingest.SpoolFailing ? "failing" : "ok", ingest.SpoolBytes, ingest.Lag, ingest.Applied, dropped);
            return TypedResults.Json(report, statusCode: status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).WithName("Health").WithTags("Status").WithSummary("Liveness and readiness: store, spool, lag and dropped hits by reason. 503 when collect cannot accept events.")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/status", (ClaimsPrincipal user, StoreGate gate) =>
            TypedResults.Ok(gate.Run(db => new DuckDbStatusReader(db).Read(ApiKeyClaims.Workspace(db, user)))))
            .WithName("Status").WithTags("Status").WithSummary("The workspace's events, sessions, sites, links, last event and dropped hits by reason.")
            .Produces<CollectStatus>().RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }
}
