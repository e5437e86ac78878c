using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Conversations;
using Payoff.Core.Stores;
using Payoff.Web.Components;

namespace Payoff.Web.Conversations;

/// <summary>
/// <c>GET /export/conversations?table=periods|networks|words|posts|service|negative|unanswered&amp;format=csv|xlsx&amp;…</c>:
/// a table of the Conversations page, built by the same model from the same query string (authors stay pseudonymised;
/// text is neutralised for spreadsheets as every export). Another workspace answers 404; a bad request (a field, an
/// unknown table or format) 400 with its message.
/// </summary>
public static class ConversationsExport
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapConversationsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/conversations", async (HttpContext context, DashboardCache cache, IStore store, ConversationReportHandler conversations, ServiceReportHandler service, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var format = context.Request.Query["format"].ToString();
                if (DashboardScope.FromMemberships(await cache.MembershipsAsync(context.User, cancellationToken), context.Request.Query, time) is not { } scope)
                {
                    return Results.NotFound();
                }

                if (format is not ("csv" or "xlsx"))
                {
                    return Results.Text($"format: '{Payoff.Application.Requests.Text.Visible(format)}' is not csv or xlsx.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                if (scope.RangeProblem is { } problem)
                {
                    return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var session = await store.OpenSessionAsync(cancellationToken);
                var model = await ConversationsModel.BuildAsync(scope.With(session), conversations, service, cancellationToken);
                if (model.Error is { } error)
                {
                    return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                var name = context.Request.Query["table"].ToString();
                return model.Tables.FirstOrDefault(t => t.Name == name) is { } table
                    ? DashboardExports.File("conversations", table, format, time)
                    : Results.Text($"table: '{Payoff.Application.Requests.Text.Visible(name)}' is not one of {string.Join(", ", model.Tables.Select(t => t.Name))}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }
}
