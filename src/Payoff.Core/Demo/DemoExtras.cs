using Payoff.Core.Costs;
using Payoff.Core.Social;

namespace Payoff.Core.Demo;

/// <summary>
/// What the demo workspace has besides its visits, so every page of the dashboard has something to
/// show: daily ad spend of the two paid campaigns (Facebook's spring-sale, TikTok's trend-video) and
/// each network's daily account metrics (followers, reach, impressions, engagements, posts), growing
/// over the year with the same seed as the events.
/// </summary>
public static class DemoExtras
{
    private static readonly (string Network, string Account, int Followers, double DailyGrowth, int Reach, double Engagement)[] Accounts =
    [
        ("Facebook", "Demo Shop", 18_000, 0.0006, 9_000, 0.030),
        ("Instagram", "@demoshop", 12_500, 0.0012, 7_500, 0.045),
        ("LinkedIn", "Demo Shop Ltd", 4_200, 0.0015, 2_100, 0.055),
        ("X", "@demoshop", 9_800, 0.0003, 6_000, 0.012),
        ("TikTok", "@demoshop", 6_000, 0.0030, 15_000, 0.060),
        ("YouTube", "Demo Shop", 2_300, 0.0010, 3_200, 0.040),
    ];

    /// <summary>The paid campaigns' daily spend over the demo's days (about 30 and 18 a day, with weekday swings).</summary>
    public static IReadOnlyList<AdCost> AdCosts(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed + 1);
        var costs = new List<AdCost>();
        foreach (var day in Days(options))
        {
            var weekday = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.7m : 1.1m;
            costs.Add(new AdCost(day, "Facebook", "spring-sale", Math.Round(30m * weekday * (decimal)(0.8 + (0.4 * random.NextDouble())), 2), options.Currency, 4_000 + random.Next(1_500), 60 + random.Next(40)));
            costs.Add(new AdCost(day, "TikTok", "trend-video", Math.Round(18m * weekday * (decimal)(0.8 + (0.4 * random.NextDouble())), 2), options.Currency, 9_000 + random.Next(3_000), 40 + random.Next(30)));
        }

        return costs;
    }

    /// <summary>Each network's daily account metrics over the demo's days.</summary>
    public static IReadOnlyList<AccountMetric> Metrics(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed + 2);
        var metrics = new List<AccountMetric>();
        var days = Days(options).ToList();
        foreach (var (network, account, followers, growth, reach, engagement) in Accounts)
        {
            for (var i = 0; i < days.Count; i++)
            {
                var day = days[i];
                var dayReach = Math.Round(reach * (1 + (i * growth)) * (0.6 + (0.8 * random.NextDouble())));
                var impressions = Math.Round(dayReach * (1.3 + (0.4 * random.NextDouble())));
                var engagements = Math.Round(impressions * engagement * (0.7 + (0.6 * random.NextDouble())));
                metrics.Add(new AccountMetric(day, network, account, "followers", "followers", Math.Round(followers * (decimal)Math.Pow(1 + growth, i))));
                metrics.Add(new AccountMetric(day, network, account, "reach", "reach", (decimal)dayReach));
                metrics.Add(new AccountMetric(day, network, account, "impressions", "impressions", (decimal)impressions));
                metrics.Add(new AccountMetric(day, network, account, "engagements", "engagements", (decimal)engagements));
            }
        }

        return metrics;
    }

    private static IEnumerable<DateOnly> Days(DemoOptions options)
    {
        var last = DateOnly.FromDateTime(options.End.UtcDateTime);
        for (var day = last.AddDays(1 - options.Days); day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
