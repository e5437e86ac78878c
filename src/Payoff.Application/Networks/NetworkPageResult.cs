using Payoff.Application.Benchmark;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Core.Reporting.Verdict;

namespace Payoff.Application.Networks;

/// <summary>One network's page as <see cref="NetworkPageHandler"/> built it: each part equals its own report's.</summary>
/// <param name="Network">The network's name as resolved (the benchmark's <see cref="Core.Reporting.Benchmark.BenchmarkQuery.Network"/>, else <see cref="NetworkPageRequest.Name"/>).</param>
/// <param name="Channel">The channel when the page is a channel's (no network), else null.</param>
/// <param name="Benchmark">The network's months and its goals' progress: <see cref="BenchmarkHandler"/>'s answer for the page's range.</param>
/// <param name="Social">Social metrics by month over the page's range: <see cref="SocialHandler"/>'s answer.</param>
/// <param name="Roi">Costs and first-touch ROI per campaign of the network over the page's range: <see cref="RoiHandler"/>'s answer.</param>
/// <param name="Verdict">For a network, the verdict of the page's months with every active goal (<see cref="Verdict.VerdictHandler"/>'s answer); null for a channel.</param>
/// <param name="Comparison">For a channel, how it compares with the social networks over the page's months; null for a network.</param>
public sealed record NetworkPageResult(string Network, string? Channel, BenchmarkResult Benchmark, SocialResult Social, RoiResult Roi, VerdictReport? Verdict, ChannelComparison? Comparison)
{
    /// <summary>The network's own verdict, or null for a channel or a network without data in the verdict's months.</summary>
    public NetworkVerdict? NetworkVerdict => Verdict?.Networks.FirstOrDefault(v => string.Equals(v.Facts.Network, Network, StringComparison.OrdinalIgnoreCase));
}
