using System.Threading.RateLimiting;

namespace Payoff.Web.Collect;

/// <summary>
/// A token bucket per site (or per API key's workspace), in events. In memory, so it cannot fail:
/// collect is never blocked by the limiter itself. A noisy site spends only its own bucket.
/// </summary>
public sealed class SiteRateLimiter(WebOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(partition =>
        RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.SiteBurst,
            TokensPerPeriod = options.SiteEventsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes <paramref name="events"/> tokens from the partition; null when allowed, else when to retry.</summary>
    public TimeSpan? TryTake(string partition, int events) => Hosting.RateLimits.TryTake(limiter, partition, Math.Min(events, options.SiteBurst));

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
