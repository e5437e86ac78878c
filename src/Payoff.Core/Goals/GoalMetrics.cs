namespace Payoff.Core.Goals;

/// <summary>Every metric a goal can name, with how it is computed from the ledger (docs/METRICS.md, "Goals").</summary>
public static class GoalMetrics
{
    /// <summary>Social account metrics summed per day, by their canonical name in the imported data.</summary>
    public static readonly IReadOnlyDictionary<string, string> SocialFlows = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["new-followers"] = "new_followers", ["unfollows"] = "unfollows", ["reach"] = "reach", ["impressions"] = "impressions",
        ["views"] = "views", ["engagements"] = "engagements", ["likes"] = "likes", ["comments"] = "comments", ["shares"] = "shares",
        ["saves"] = "saves", ["clicks"] = "clicks", ["video-views"] = "video_views", ["profile-visits"] = "profile_visits",
        ["page-views"] = "page_views", ["unique-visitors"] = "unique_visitors", ["mentions"] = "mentions",
    };

    /// <summary>The catalogue.</summary>
    public static readonly IReadOnlyList<GoalMetric> All =
    [
        new("followers", MetricKind.Level, true, "Followers at a day (daily account data)."),
        .. SocialFlows.Select(s => new GoalMetric(s.Key, MetricKind.Flow, true, s.Key == "mentions"
            ? "Inbound mentions, comments and reviews of the brand (conversations imported or pushed, plus 'mentions' in daily account data); direct messages not counted."
            : $"Sum of daily '{s.Value}' (daily account data).")),
        new("engagement-rate", MetricKind.Ratio, true, "Engagements ÷ views, else impressions, else reach (daily account data)."),
        new("sessions", MetricKind.Flow, true, "Sessions by their own source (website tracking)."),
        new("contacts", MetricKind.Flow, true, "New contacts by original source."),
        new("customers", MetricKind.Flow, true, "New customers by original source."),
        new("revenue", MetricKind.Flow, true, "Revenue by the buyer's original source, in the workspace currency."),
        new("value", MetricKind.Flow, true, "Assigned value of conversions (and visits) without revenue."),
        new("contact-rate", MetricKind.Ratio, true, "Contacts ÷ sessions."),
        new("customer-rate", MetricKind.Ratio, true, "Customers ÷ sessions."),
        new("ad-spend", MetricKind.Flow, false, "Ad spend from the ad managers' exports."),
        new("time-hours", MetricKind.Flow, false, "Staff hours logged or recurring."),
        new("cost", MetricKind.Flow, false, "Ad spend + staff time cost + fees."),
        new("cost-per-lead", MetricKind.Ratio, false, "Cost ÷ new contacts (CPL)."),
        new("cost-per-customer", MetricKind.Ratio, false, "Cost ÷ new customers (CAC)."),
        new("roi", MetricKind.Ratio, true, "(Revenue + value − cost) ÷ cost.") { CanBeNegative = true },
        new("roas", MetricKind.Ratio, true, "Revenue ÷ ad spend."),
        new("response-time", MetricKind.Ratio, false, "Mean first-response time to requests (direct messages, comments, reviews), in minutes, in business hours when set (conversations)."),
        new("response-rate", MetricKind.Ratio, true, "Requests answered within the workspace's response target ÷ requests (conversations)."),
        new("negative-mention-share", MetricKind.Ratio, false, "Negative ÷ scored inbound mentions, comments, messages and reviews (conversations)."),
    ];

    /// <summary>The metric called <paramref name="name"/> (case and <c>_</c>/<c>-</c> insensitive), or null.</summary>
    public static GoalMetric? Find(string? name)
    {
        var key = (name ?? string.Empty).Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return All.FirstOrDefault(m => m.Name == key);
    }
}
