using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Attribution;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Reports;

/// <summary><c>GET /api/reports/attribution</c> and <c>GET /api/reports/paths</c>, mirroring <c>payoff report attribution|paths</c>.</summary>
public static class AttributionEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAttribution(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/attribution", (
                ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? model, string? by, string? conversion, string? journeys,
                [FromQuery(Name = "lookback_days")] int? lookback, [FromQuery(Name = "half_life_days")] double? halfLife, int? order) =>
                gate.Run<Results<Ok<AttributionReport>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (Query(workspace.Calendar.Today(options.Time), from, to, by, conversion, journeys, lookback) is not { } query)
                    {
                        return TypedResults.Problem("from ≤ to, by channel|network|campaign, journeys events|paths, lookback_days 1–730.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    var names = model is null or "all" ? AttributionModels.Names : [model];
                    if (halfLife is <= 0 || order is < 1 or > 4 || names.Any(n => AttributionModels.Create(n) is null))
                    {
                        return TypedResults.Problem($"model must be all or one of {string.Join(", ", AttributionModels.Names)}; half_life_days > 0; order 1–4.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    var reader = new DuckDbJourneyReader(db);
                    if (journeys != "paths" && reader.ConversionError(workspace, query.Conversion) is { } error)
                    {
                        return TypedResults.Problem("conversion: " + error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    var models = names.Select(n => AttributionModels.Create(n, halfLife ?? 7, order ?? 1)!).ToList();
                    return TypedResults.Ok(new AttributionReportBuilder(reader).Build(workspace, query, models, journeys));
                }))
            .WithName("AttributionReport").WithSummary("Credits per channel under each attribution model, side by side, with the check that they add up.");
        reports.MapGet("/paths", (ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? by, string? conversion, string? journeys, [FromQuery(Name = "lookback_days")] int? lookback, int? top) =>
                gate.Run<Results<Ok<PathInsights>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (Query(workspace.Calendar.Today(options.Time), from, to, by, conversion, journeys, lookback) is not { } query)
                    {
                        return TypedResults.Problem("from ≤ to, by channel|network|campaign, journeys events|paths, lookback_days 1–730.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    var reader = new DuckDbJourneyReader(db);
                    var fromEvents = journeys is null ? reader.HasEvents(workspace) : journeys == "events";
                    if (fromEvents && reader.ConversionError(workspace, query.Conversion) is { } error)
                    {
                        return TypedResults.Problem("conversion: " + error, statusCode: StatusCodes.Status400BadRequest);
                    }

                    var list = fromEvents ? reader.ReadEvents(workspace, query) : reader.ReadPaths(workspace);
                    return TypedResults.Ok(PathInsights.Build(list, Math.Clamp(top ?? 20, 1, 1000)));
                }))
            .WithName("PathsReport").WithSummary("Most common converting paths, lengths, time to conversion, and who opens, assists and closes.");
        return app;
    }

    private static JourneyQuery? Query(DateOnly today, DateOnly? from, DateOnly? to, string? by, string? conversion, string? journeys, int? lookback)
    {
        var days = ReportDays.Of(today, from, to);
        return days is null || by is not (null or "channel" or "network" or "campaign") || journeys is not (null or "events" or "paths") || lookback is < 1 or > 730
            ? null
            : new JourneyQuery(days, conversion ?? "lead", by ?? "network", lookback ?? 90);
    }
}
