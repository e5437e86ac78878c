namespace Payoff.Core.Goals;

/// <summary>
/// A goal metric as a person reads it ("New followers", "Cost per lead (CPL)"). The machine names that option values,
/// JSON and the CLI carry (<c>new-followers</c>, <see cref="GoalMetric.Name"/>) do not change.
/// </summary>
public static class GoalMetricLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["contacts"] = "Contacts (leads)",
        ["time-hours"] = "Staff hours",
        ["cost-per-lead"] = "Cost per lead (CPL)",
        ["cost-per-customer"] = "Cost per customer (CAC)",
        ["negative-mention-share"] = "Share of negative mentions",
        ["roi"] = "ROI",
        ["roas"] = "ROAS",
        ["response-time"] = "Response time (minutes)",
        ["response-rate"] = "Response rate",
        ["mentions"] = "Mentions, comments and reviews",
    };

    /// <summary>The label of <paramref name="metric"/>: its own, else its name with spaces for dashes and a capital first letter.</summary>
    public static string Label(GoalMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (Labels.TryGetValue(metric.Name, out var label))
        {
            return label;
        }

        var words = metric.Name.Replace('-', ' ');
        return string.Concat(words[..1].ToUpperInvariant(), words[1..]);
    }
}
