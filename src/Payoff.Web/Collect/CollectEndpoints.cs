using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>Maps <c>POST /api/event</c>, the collect endpoint of the website script and of server-side senders.</summary>
public static class CollectEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCollect(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/event", CollectAsync)
            .WithName("Collect")
            .WithTags("Collect")
            .WithSummary("Record one event or a batch (up to 100).")
            .WithDescription("Browsers send the site key; servers may send an API key (X-Payoff-Key) to backdate events and pass the end user's IP and user agent. 202 once the events are durable; 400 bad request; 401 bad key; 413 too large; 429 over the site's rate (Retry-After); 503 storage unavailable (Retry-After).")
            .Accepts<EventFields>("application/json", "text/plain")
            .Produces<CollectResponse>(StatusCodes.Status202Accepted)
            .Produces<CollectResponse>(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
        app.MapMethods("/api/event", ["OPTIONS"], (HttpContext context) =>
        {
            context.Response.Headers.AccessControlAllowMethods = "POST";
            context.Response.Headers.AccessControlAllowHeaders = "Content-Type";
            context.Response.Headers.AccessControlMaxAge = "86400";
            return TypedResults.NoContent();
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CollectAsync(HttpContext context, CollectHandler handler, IngestService ingest, SiteRateLimiter limiter, WebOptions options)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        var auth = await context.AuthenticateAsync(ApiKeyDefaults.Scheme);
        if (auth.Failure is not null)
        {
            return TypedResults.Problem(auth.Failure.Message, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (auth.Succeeded)
        {
            context.User = auth.Principal;
        }

        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            return TooLarge(context.Request.ContentLength.Value, options);
        }

        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes + 1, context.RequestAborted);
        if (body.Length > options.MaxBodyBytes)
        {
            return TooLarge(body.Length, options);
        }

        var client = ClientInfo.Of(context);
        if (client.UserAgent.Length > options.MaxUserAgentLength)
        {
            return TypedResults.Problem($"The User-Agent header is {client.UserAgent.Length} characters long; the limit is {options.MaxUserAgentLength}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (events, bodyError) = EventParser.Parse(body, options.MaxBatch);
        if (bodyError is not null)
        {
            return TypedResults.Problem(bodyError, statusCode: bodyError.Contains("limit", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        var outcomes = new List<EventOutcome>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            outcomes.Add(e.Fields is null ? new EventOutcome(i, "rejected", e.Error, null, null) : await handler.HandleAsync(i, e.Fields, context, client).ConfigureAwait(false));
        }

        foreach (var partition in outcomes.Where(o => o.Partition is not null).GroupBy(o => o.Partition!))
        {
            if (limiter.TryTake(partition.Key, partition.Count()) is { } retry)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem("Too many events for this site; slow down and retry after the Retry-After seconds.", statusCode: StatusCodes.Status429TooManyRequests);
            }
        }

        var records = outcomes.Where(o => o.Record is not null).Select(o => o.Record!).ToList();
        if (records.Count > 0)
        {
            try
            {
                await ingest.AppendAsync(records);
            }
            catch (SpoolFullException ex)
            {
                context.Response.Headers.RetryAfter = "5";
                return TypedResults.Problem($"Events cannot be stored right now ({ex.Message}); retry later.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }

        var rejected = outcomes.Count(o => o.Status == "rejected");
        var response = new CollectResponse(outcomes.Count - rejected, rejected, outcomes.Where(o => o.Status != "accepted" || o.Warnings is not null).ToList());
        return rejected == outcomes.Count
            ? TypedResults.Json(response, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Json(response, statusCode: StatusCodes.Status202Accepted);
    }

    private static ProblemHttpResult TooLarge(long size, WebOptions options) =>
        TypedResults.Problem($"The body is {size} bytes; the limit is {options.MaxBodyBytes}.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
