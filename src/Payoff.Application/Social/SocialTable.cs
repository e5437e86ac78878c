using Payoff.Application.Tables;

namespace Payoff.Application.Social;

/// <summary>The social report as a table (the network page's social metrics and their CSV/XLSX export).</summary>
public static class SocialTable
{
    /// <summary>
    /// The rows of <paramref name="result"/> for <paramref name="network"/> (named <c>social</c>), one per month of
    /// a report by month: followers, growth, reach, impressions, engagements, posts, engagement rate and its basis.
    /// </summary>
    public static ReportTable Monthly(SocialResult result, string network)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReportTable(
            "social",
            "Social metrics",
            [new("Month"), new("Followers", CellKind.Count), new("Follower growth", CellKind.Count), new("Reach", CellKind.Count), new("Impressions", CellKind.Count), new("Engagements", CellKind.Count), new("Posts", CellKind.Count), new("Engagement rate", CellKind.Percent), new("Rate basis")],
            [.. result.Rows.Where(s => string.Equals(s.Network, network, StringComparison.OrdinalIgnoreCase))
                .Select(s => new TableRow([s.Month is { } m ? Benchmark.BenchmarkTable.Month(m) : null, s.Followers, s.FollowerGrowth, s.Reach, s.Impressions, s.Engagements, s.Posts, s.EngagementRate, s.EngagementRateBasis]))]);
    }
}
