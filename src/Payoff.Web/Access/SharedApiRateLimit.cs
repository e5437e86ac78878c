using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Payoff.Core.Stores;

namespace Payoff.Web.Access;

/// <summary>
/// The API's requests per key (or per address without one) and minute, counted in the store when several nodes serve one
/// ClickHouse store (issue 21 §6): every node adds to one count per fixed UTC minute, and a request past
/// <see cref="WebOptions.ApiRequestsPerMinutePerKey"/> gets 429 with <c>Retry-After</c> until the next minute, whichever
/// node it reaches. Each node's own limiter (the same limit) stays in front of it. If the store cannot count, the request
/// goes ahead (the node's own limit still holds) and the failure is logged. Counts older than two days are pruned every
/// ten minutes.
/// </summary>
public sealed partial class SharedApiRateLimit(RequestDelegate next, IStore store, WebOptions options, ILogger<SharedApiRateLimit> logger)
{
    private long prunedAt;

    /// <summary>Counts an API request and answers 429 past the limit.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api") || context.Request.Path == "/api/event")
        {
            await next(context);
            return;
        }

        var now = options.Time.GetUtcNow();
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        long count;
        try
        {
            await using var session = await store.OpenSessionAsync(context.RequestAborted);
            count = await session.Limits.CountRequestAsync(ApiKeyDefaults.RateLimitPartition(context), window, context.RequestAborted);
            if (Environment.TickCount64 - Interlocked.Read(ref prunedAt) > 600_000)
            {
                Interlocked.Exchange(ref prunedAt, Environment.TickCount64);
                await session.Limits.PruneAsync(now - TimeSpan.FromDays(2), context.RequestAborted);
            }
        }
#pragma warning disable CA1031 // A store that cannot count must not take the API down: the node's own limit holds.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCountFailed(logger, ex.Message);
            await next(context);
            return;
        }

        if (count > options.ApiRequestsPerMinutePerKey)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((window.AddMinutes(1) - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared API rate limit could not count a request (the node's own limit applies): {Error}")]
    private static partial void LogCountFailed(ILogger logger, string error);
}
