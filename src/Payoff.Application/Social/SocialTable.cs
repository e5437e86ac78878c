using Payoff.Application.Tables;

namespace Payoff.Application.Social;

/// <summary>The social report as tables: the whole report (<c>payoff report social</c>'s table and CSV) and one network's months (the network page's social metrics and their CSV/XLSX export).</summary>
public static class SocialTable
{
    /// <summary>
    /// Every row of <paramref name="result"/> (named <c>social</c>): network, account (a report by account) or month
    /// (a report by month, <c>yyyy-MM</c>), followers, follower growth, views, impressions, reach, engagements,
    /// posts (null when none were imported), engagement rate (a ratio) and the metric it divides by. A metric
    /// the platform does not report is null. Notes say how the rate is computed and when no posts were imported.
    /// </summary>
    public static ReportTable Build(SocialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<string> notes = [];
        if (result.Rows.Count > 0 && result.Rows.All(r => r.Posts == 0))
        {
            notes.Add("No posts imported for this period, so there is no Posts column: import the platforms' post exports with payoff import auto FILE….");
        }

        notes.Add("Engagement rate = engagements ÷ its basis (views, else impressions, else reach), summed over the period. — means the platform does not report it.");
        return new ReportTable(
            "social",
            "Social",
            [new("Network"), new("Account"), new("Month"), new("Followers", CellKind.Count) { DropRank = 2 }, new("Follower growth", CellKind.Count) { DropRank = 3 }, new("Views", CellKind.Count) { DropRank = 4 },
                new("Impressions", CellKind.Count) { DropRank = 5 }, new("Reach", CellKind.Count) { DropRank = 6 }, new("Engagements", CellKind.Count), new("Posts", CellKind.Count) { DropRank = 1 },
                new("Engagement rate", CellKind.Percent), new("Rate basis")],
            [.. result.Rows.Select(r => new TableRow([r.Network, r.Account, r.Month is { } m ? Benchmark.BenchmarkTable.Month(m) : null, r.Followers, r.FollowerGrowth, r.Views, r.Impressions, r.Reach, r.Engagements,
                r.Posts == 0 ? null : r.Posts, r.EngagementRate, r.EngagementRate is null ? null : r.EngagementRateBasis]))]) { Notes = notes };
    }

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
