using System.Threading.RateLimiting;

namespace Payoff.Web.Hosting;

/// <summary>What the endpoints that check their own limit (collect, short links) share.</summary>
internal static class RateLimits
{
    /// <summary>Takes <paramref name="permits"/> from <paramref name="key"/>'s partition: null when allowed, else how long until the limiter says to retry (1 s when it does not say).</summary>
    public static TimeSpan? TryTake<TKey>(PartitionedRateLimiter<TKey> limiter, TKey key, int permits)
    {
        using var lease = limiter.AttemptAcquire(key, permits);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromSeconds(1);
    }
}
