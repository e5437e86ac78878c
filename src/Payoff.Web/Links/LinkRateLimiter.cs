using System.Net;
using System.Threading.RateLimiting;

namespace Payoff.Web.Links;

/// <summary>
/// Short-link requests per client IP address: a fixed window of one minute holding
/// <see cref="WebOptions.LinkRequestsPerMinutePerIp"/> requests (429 with <c>Retry-After</c> beyond). In memory, so it
/// cannot fail. The redirect checks it itself: <c>/l/{slug}</c> answers straight from routing, past the rate-limiting
/// middleware, like the collect endpoint with <see cref="Collect.SiteRateLimiter"/>.
/// </summary>
public sealed class LinkRateLimiter(WebOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.LinkRequestsPerMinutePerIp,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one request from <paramref name="address"/>'s window; null when allowed, else how long until the window opens again.</summary>
    public TimeSpan? TryTake(IPAddress address) => Hosting.RateLimits.TryTake(limiter, address, 1);

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
