using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Core.Collect;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>Maps <c>POST /api/event</c>, the collect endpoint of the website script and of server-side senders.</summary>
/// <remarks>
/// Both methods short-circuit routing: no cookie authentication, authorization, antiforgery, query check or
/// rate-limiting middleware runs for them. The endpoint checks an API key itself, limits each site with
/// <see cref="SiteRateLimiter"/>, and changes no cached report (the store marks data changed when it applies).
/// </remarks>
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
            .DisableAntiforgery()
            .ShortCircuit();
        app.MapMethods("/api/event", ["OPTIONS"], (HttpContext context) =>
        {
            context.Response.Headers.AccessControlAllowMethods = "POST";
            context.Response.Headers.AccessControlAllowHeaders = "Content-Type";
            context.Response.Headers.AccessControlMaxAge = "86400";
            return TypedResults.NoContent();
        }).ExcludeFromDescription().ShortCircuit();
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

        var (events, bodyError, tooLarge) = await ParseBodyAsync(context.Request.BodyReader, options, context.RequestAborted);
        if (tooLarge is { } size)
        {
            return TooLarge(size, options);
        }

        var client = ClientInfo.Of(context);
        if (client.UserAgent.Length > options.MaxUserAgentLength)
        {
            return TypedResults.Problem($"The User-Agent header is {client.UserAgent.Length} characters long; the limit is {options.MaxUserAgentLength}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (bodyError is not null)
        {
            return TypedResults.Problem(bodyError, statusCode: bodyError.Contains("limit", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        var outcomes = new EventOutcome[events.Count];
        var records = new List<IngestRecord>(events.Count);
        var rejected = 0;
        var answered = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var outcome = outcomes[i] = e.Fields is null ? new EventOutcome(i, "rejected", e.Error, null, null) : await handler.HandleAsync(i, e.Fields, context, client).ConfigureAwait(false);
            rejected += outcome.Status == "rejected" ? 1 : 0;
            answered += outcome.Status != "accepted" || outcome.Warnings is not null ? 1 : 0;
            if (outcome.Record is not null)
            {
                records.Add(outcome.Record);
            }
        }

        if (RateLimited(outcomes, limiter) is { } retry)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many events for this site; slow down and retry after the Retry-After seconds.", statusCode: StatusCodes.Status429TooManyRequests);
        }

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

        if (answered == 0)
        {
            return AllAccepted.Of(outcomes.Length);
        }

        var response = new CollectResponse(outcomes.Length - rejected, rejected, [.. outcomes.Where(o => o.Status != "accepted" || o.Warnings is not null)]);
        return rejected == outcomes.Length
            ? TypedResults.Json(response, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Json(response, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>Takes each partition's events from its bucket; the first refusal's retry delay, or null.</summary>
    private static TimeSpan? RateLimited(EventOutcome[] outcomes, SiteRateLimiter limiter)
    {
        for (var i = 0; i < outcomes.Length; i++)
        {
            var partition = outcomes[i].Partition;
            if (partition is null || Array.FindIndex(outcomes, 0, i, o => o.Partition == partition) >= 0)
            {
                continue;
            }

            var count = 0;
            for (var j = i; j < outcomes.Length; j++)
            {
                count += outcomes[j].Partition == partition ? 1 : 0;
            }

            if (limiter.TryTake(partition, count) is { } retry)
            {
                return retry;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the body from the request's pipe and parses it where it lies in Kestrel's pooled buffers: no copy, no
    /// per-request buffer. A body past the limit stops the reading (its size so far is returned).
    /// </summary>
    private static async Task<(IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError, long? TooLarge)> ParseBodyAsync(PipeReader body, WebOptions options, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > options.MaxBodyBytes)
            {
                // The length is read before the buffer goes back to the pipe: afterwards it is no longer ours.
                var size = buffer.Length;
                body.AdvanceTo(buffer.End);
                return ([], null, size);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                var (events, error) = EventParser.Parse(buffer, options.MaxBatch);
                body.AdvanceTo(buffer.End);
                return (events, error, null);
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static ProblemHttpResult TooLarge(long size, WebOptions options) =>
        TypedResults.Problem($"The body is at least {size} bytes; the limit is {options.MaxBodyBytes}.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
