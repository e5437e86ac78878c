using Payoff.Application.Benchmark;
using Payoff.Application.Networks;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Application.Verdict;

namespace Payoff.Web.Components.Models;

/// <summary>The handlers the network page (and its export) reads through, taken from DI.</summary>
/// <param name="Benchmark">The network's months and its goals' progress.</param>
/// <param name="Social">Its social metrics by month.</param>
/// <param name="Roi">Its costs and ROI per campaign.</param>
/// <param name="Verdict">Its verdict.</param>
/// <param name="Comparison">A channel's comparison with the social networks.</param>
public sealed record NetworkHandlers(BenchmarkHandler Benchmark, SocialHandler Social, RoiHandler Roi, VerdictHandler Verdict, ChannelComparisonHandler Comparison)
{
    /// <summary>The handlers of <paramref name="services"/> (a request's or a component's).</summary>
    public static NetworkHandlers From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new NetworkHandlers(Get<BenchmarkHandler>(services), Get<SocialHandler>(services), Get<RoiHandler>(services), Get<VerdictHandler>(services), Get<ChannelComparisonHandler>(services));
    }

    private static T Get<T>(IServiceProvider services)
        where T : notnull => (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered: call AddPayoffApplication()."));
}
