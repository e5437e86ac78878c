using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Networks;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Reports;

/// <summary>Maps <c>GET /api/reports/sources</c>: the sources report of the key's workspace, as the CLI computes it.</summary>
public static class ReportEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/sources", Sources)
            .WithName("SourcesReport").WithTags("Reports")
            .WithSummary("Sessions, contacts, customers, rates and revenue per channel, network, campaign or content (default: the last 30 days by network).")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        return app;
    }

    private static Results<Ok<SourcesReport>, ProblemHttpResult> Sources(ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? by, string? network, string? compare)
    {
        return gate.Run<Results<Ok<SourcesReport>, ProblemHttpResult>>(db =>
        {
            var workspace = ApiKeyClaims.Workspace(db, user);
            var end = to ?? workspace.Calendar.DateOf(options.Time.GetUtcNow());
            var start = from ?? end.AddDays(-29);
            if (start > end)
            {
                return TypedResults.Problem($"from ({start:yyyy-MM-dd}) is after to ({end:yyyy-MM-dd}).", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!Enum.TryParse<SourcesGrouping>(by ?? "network", ignoreCase: true, out var grouping) || int.TryParse(by, out _))
            {
                return TypedResults.Problem($"by must be channel, network, campaign or content, not '{by}'.", statusCode: StatusCodes.Status400BadRequest);
            }

            PeriodComparison? mode = compare switch
            {
                null or "none" => PeriodComparison.None,
                "previous-period" => PeriodComparison.PreviousPeriod,
                "previous-year" => PeriodComparison.PreviousYear,
                _ => null,
            };
            if (mode is null)
            {
                return TypedResults.Problem($"compare must be previous-period or previous-year, not '{compare}'.", statusCode: StatusCodes.Status400BadRequest);
            }

            var name = network is null ? null : NetworkCatalog.Default.Canonical(network) ?? network;
            var query = new SourcesQuery(new DateRange(start, end), grouping, name, mode.Value);
            return TypedResults.Ok(new SourcesReportBuilder(new DuckDbSourcesReader(db)).BuildAsync(workspace, query).GetAwaiter().GetResult());
        });
    }
}
