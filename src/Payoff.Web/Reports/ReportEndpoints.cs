using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Networks;
using Payoff.Web.Sources;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Reports;

/// <summary>
/// Maps <c>GET /api/reports/sources</c>, <c>/benchmark</c>, <c>/social</c> and <c>/costs</c>: the reports
/// of the key's workspace, as the CLI computes them.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapSourcesApi();
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        reports.MapGet("/benchmark", (ClaimsPrincipal user, StoreGate gate, WebOptions options, string? network, int? months, DateOnly? to) =>
                gate.Run<Results<Ok<BenchmarkReport>, ProblemHttpResult>>(db =>
                {
                    if (months is < 1 or > 120)
                    {
                        return TypedResults.Problem("months must be 1 to 120.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    var workspace = ApiKeyClaims.Workspace(db, user);
                    var query = new BenchmarkQuery(to ?? workspace.Calendar.Today(options.Time), months ?? 12, Network(network));
                    return TypedResults.Ok(new BenchmarkReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db)).BuildAsync(workspace, query).GetAwaiter().GetResult());
                }))
            .WithName("BenchmarkReport").WithSummary("Each network's sessions, contacts, contact rate, customers and revenue month by month (default: 12 months to today).");
        reports.MapGet("/social", (ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? by) =>
                gate.Run<Results<Ok<IReadOnlyList<SocialRow>>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (ReportDays.Of(workspace.Calendar.Today(options.Time), from, to) is not { } range || !Enum.TryParse<SocialGrouping>(by ?? "network", ignoreCase: true, out var grouping) || int.TryParse(by, out _))
                    {
                        return TypedResults.Problem("from must not be after to, and by must be network, account or month.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    return TypedResults.Ok<IReadOnlyList<SocialRow>>([.. new DuckDbSocialReader(db).Read(workspace, range, grouping).Select(SocialReportBuilder.Build)]);
                }))
            .WithName("SocialReport").WithSummary("Followers, growth, reach, impressions, engagements and engagement rate (with its basis) per network, account or month.");
        reports.MapGet("/costs", (ClaimsPrincipal user, StoreGate gate, WebOptions options, DateOnly? from, DateOnly? to, string? by) =>
                gate.Run<Results<Ok<IReadOnlyList<CostsRow>>, ProblemHttpResult>>(db =>
                {
                    var workspace = ApiKeyClaims.Workspace(db, user);
                    if (ReportDays.Of(workspace.Calendar.Today(options.Time), from, to) is not { } range || !Enum.TryParse<CostsGrouping>(by ?? "network", ignoreCase: true, out var grouping) || int.TryParse(by, out _))
                    {
                        return TypedResults.Problem("from must not be after to, and by must be network, campaign or month.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    return TypedResults.Ok(new DuckDbCostsReader(db).Read(workspace, range, grouping));
                }))
            .WithName("CostsReport").WithSummary("Imported ad spend with impressions and clicks per network, campaign or month, in the original currencies.");
        return app;
    }

    private static string? Network(string? name) => name is null ? null : NetworkCatalog.Default.Canonical(name) ?? name;
}
