using System.Globalization;
using Payoff.Core.Statistics;

namespace Payoff.Core.Content;

/// <summary>What a comparison found.</summary>
public enum ComparisonOutcome
{
    /// <summary>The leader is ahead on the total and the typical post, and the difference is significant after Holm's adjustment.</summary>
    Beats,

    /// <summary>The difference may be chance: more posts are needed (or no difference shows at all).</summary>
    NoDifferenceYet,

    /// <summary>Significant, but the total and the typical post point different ways (a few outliers carry the total).</summary>
    Mixed,
}

/// <summary>
/// One network's leading group (type, label or hashtag) against another on a metric, per post: the rank-sum test on the
/// posts' values (<see cref="RankSumTest"/>; posts are the unit, so a viral post is one post, not a million
/// impressions), the Hodges–Lehmann shift of a typical post with its 95 % interval, the power reached and how many posts
/// of each a conclusive answer needs (<see cref="RankSumPower"/>, Noether 1987). The p-values of one network's
/// comparisons are adjusted together by Holm's method (Holm 1979), so comparing the leader with six others does not
/// find a winner by chance. docs/METRICS.md, "Comparing posts".
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="Metric">Engagement rate, visits or leads per post.</param>
/// <param name="Basis">The engagement rate's basis (with that metric).</param>
/// <param name="Leader">The group with the highest value.</param>
/// <param name="Other">The group compared with it.</param>
/// <param name="LeaderPosts">The leader's posts with a value.</param>
/// <param name="OtherPosts">The other's posts with a value.</param>
/// <param name="LeaderValue">The leader's value: Σ engagements ÷ Σ basis (a fraction), or visits or leads per post; rounded to 6 places.</param>
/// <param name="OtherValue">The other's value, likewise.</param>
/// <param name="Test">The rank-sum test of the leader's posts against the other's.</param>
/// <param name="AdjustedP">The p-value after Holm's adjustment over the network's comparisons.</param>
/// <param name="Power">The power the two groups' sizes reached for the difference seen (at α = 0.05).</param>
/// <param name="PostsNeeded">Posts of each group a conclusive answer (80 % power) needs; null when the typical posts do not differ at all.</param>
/// <param name="Outcome">What it found.</param>
/// <param name="Finding">The sentence, agreeing with the numbers above.</param>
public sealed record ContentComparison(
    string Network,
    ContentMetric Metric,
    EngagementBasis? Basis,
    string Leader,
    string Other,
    int LeaderPosts,
    int OtherPosts,
    decimal LeaderValue,
    decimal OtherValue,
    RankSumComparison Test,
    double AdjustedP,
    double Power,
    long? PostsNeeded,
    ComparisonOutcome Outcome,
    string Finding)
{
    /// <summary>The fewest posts with a value each group needs to be compared: 2.</summary>
    public const int MinPosts = 2;

    /// <summary>The significance level: 0.05.</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Per network, the group with the highest value (<paramref name="metric"/>) against each other group with at least
    /// <see cref="MinPosts"/> posts with a value, by that group's value, highest first. Groups with fewer are not compared.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is reach or clicks (compare those by rank in the report).</exception>
    public static IReadOnlyList<ContentComparison> Compare(IEnumerable<PostRate> posts, ContentMetric metric, IReadOnlyDictionary<string, EngagementBasis> bases, Func<string, string>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        CheckMetric(metric);
        var groups = posts
            .GroupBy(p => p.Network, StringComparer.OrdinalIgnoreCase)
            .SelectMany(network => network.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => Values(network.Key, g.Key, g, metric)));
        return Compare(groups, metric, bases, shown);
    }

    /// <summary>
    /// The same comparisons from each group's values (<see cref="IContentReader.ReadValuesAsync"/>): per network, the
    /// group with the highest value against each other group with at least <see cref="MinPosts"/> values.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is reach or clicks (compare those by rank in the report).</exception>
    public static IReadOnlyList<ContentComparison> Compare(IEnumerable<GroupValues> groups, ContentMetric metric, IReadOnlyDictionary<string, EngagementBasis> bases, Func<string, string>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(bases);
        CheckMetric(metric);
        shown ??= key => key;
        var comparisons = new List<ContentComparison>();
        foreach (var network in groups.GroupBy(g => g.Network, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            EngagementBasis? basis = bases.TryGetValue(network.Key, out var b) ? b : null;
            var ranked = network
                .Where(g => g.Values.Count >= MinPosts)
                .Select(g => (g.Key, Values: Sorted(g.Values), Value: g.Denominator == 0 ? 0 : Math.Round((decimal)g.Numerator / g.Denominator, 6)))
                .OrderByDescending(g => g.Value)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count < 2)
            {
                continue;
            }

            var leader = ranked[0];
            // The tests are independent and each costs milliseconds at tens of thousands of posts: run them side by side, in order.
            var tests = ranked.Skip(1).AsParallel().AsOrdered().Select(other => (Other: other, Test: RankSumTest.Compare(leader.Values, other.Values))).ToList();
            var adjusted = Holm([.. tests.Select(t => t.Test.PValue)]);
            for (var i = 0; i < tests.Count; i++)
            {
                var (other, test) = tests[i];
                var power = RankSumPower.Power(test.ProbabilityFirstHigher, test.FirstCount, test.SecondCount, Alpha);
                var needed = RankSumPower.PostsNeededPerGroup(test.ProbabilityFirstHigher, Alpha, 0.8);
                var outcome = adjusted[i] >= Alpha ? ComparisonOutcome.NoDifferenceYet
                    : leader.Value > other.Value && test.Shift > 0 ? ComparisonOutcome.Beats
                    : ComparisonOutcome.Mixed;
                var comparison = new ContentComparison(network.Key, metric, basis, shown(leader.Key), shown(other.Key), test.FirstCount, test.SecondCount, leader.Value, other.Value, test, adjusted[i], power, needed, outcome, string.Empty);
                comparisons.Add(comparison with { Finding = Sentence(comparison) });
            }
        }

        return comparisons;
    }

    /// <summary>Holm's step-down adjustment (Holm 1979): the i-th smallest p times (m − i + 1), kept monotone, at most 1.</summary>
    public static double[] Holm(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var order = Enumerable.Range(0, p.Count).OrderBy(i => p[i]).ToArray();
        var adjusted = new double[p.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            running = Math.Max(running, Math.Min(1, p[order[rank]] * (p.Count - rank)));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }

    /// <summary>
    /// "video beats image on LinkedIn: 4.1 % vs 2.3 % engagement per impression (p = 0.01, 38 and 51 posts)." or
    /// "video vs image on LinkedIn: … — no real difference yet (p = 0.41, 12 and 9 posts): about 40 more posts of each
    /// would show a difference of this size."
    /// </summary>
    public static string Sentence(ContentComparison c) => Sentence(c, past: false);

    /// <summary>
    /// The sentence of <paramref name="c"/>; with <paramref name="past"/> (an ended or stopped experiment, whose posts
    /// are all in) in the past tense: "video beat image on LinkedIn: …", "… — no real difference (p = 0.41, 12 and 9
    /// posts): about 40 more posts of each would have shown a difference of this size."
    /// </summary>
    public static string Sentence(ContentComparison c, bool past)
    {
        ArgumentNullException.ThrowIfNull(c);
        var values = $"{Value(c.LeaderValue, c.Metric)} vs {Value(c.OtherValue, c.Metric)} {Words(c.Metric, c.Basis)}";
        var evidence = string.Create(CultureInfo.InvariantCulture, $"{P(c.AdjustedP)}, {c.LeaderPosts:N0} and {c.OtherPosts:N0} posts");
        switch (c.Outcome)
        {
            case ComparisonOutcome.Beats:
                return $"{c.Leader} {(past ? "beat" : "beats")} {c.Other} on {c.Network}: {values} ({evidence}).";
            case ComparisonOutcome.Mixed:
                return past
                    ? $"{c.Leader} vs {c.Other} on {c.Network}: {values} ({evidence}), but a typical {c.Other} post did better than a typical {c.Leader} post: a few posts carried the total."
                    : $"{c.Leader} vs {c.Other} on {c.Network}: {values} ({evidence}), but a typical {c.Other} post does better than a typical {c.Leader} post: a few posts carry the total.";
            default:
                var more = c.PostsNeeded is { } n ? Math.Max(0, n - Math.Min(c.LeaderPosts, c.OtherPosts)) : (long?)null;
                var tail = (more, past) switch
                {
                    (null, false) => "the typical posts do not differ at all so far.",
                    (null, true) => "the typical posts did not differ at all.",
                    (0, false) => "the groups are already large enough to show a difference of this size, so the difference is most likely chance.",
                    (0, true) => "the groups were large enough to show a difference of this size, so the difference is most likely chance.",
                    _ => string.Create(CultureInfo.InvariantCulture, $"about {more:N0} more posts of each {(past ? "would have shown" : "would show")} a difference of this size."),
                };
                return $"{c.Leader} vs {c.Other} on {c.Network}: {values} — no real difference{(past ? string.Empty : " yet")} ({evidence}): {tail}";
        }
    }

    // Sorted once here: the leader is tested against every other group, and a sample given in order is not sorted again.
    private static double[] Sorted(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static void CheckMetric(ContentMetric metric)
    {
        if (metric is not (ContentMetric.EngagementRate or ContentMetric.Visits or ContentMetric.Leads))
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "Groups are compared on the engagement rate, visits or leads per post.");
        }
    }

    private static GroupValues Values(string network, string key, IEnumerable<PostRate> posts, ContentMetric metric)
    {
        var values = new List<double>();
        var (sum, basis) = (0L, 0L);
        foreach (var p in posts)
        {
            switch (metric)
            {
                case ContentMetric.EngagementRate when p.Engagements is { } e && p.Basis is { } b:
                    values.Add((double)e / b);
                    (sum, basis) = (sum + e, basis + b);
                    break;
                case ContentMetric.Visits when p.Sessions is { } s:
                    values.Add(s);
                    (sum, basis) = (sum + s, basis + 1);
                    break;
                case ContentMetric.Leads when p.Contacts is { } l:
                    values.Add(l);
                    (sum, basis) = (sum + l, basis + 1);
                    break;
            }
        }

        return new GroupValues(network, key, values, sum, basis);
    }

    private static string Value(decimal value, ContentMetric metric) => metric == ContentMetric.EngagementRate
        ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.0} %")
        : string.Create(CultureInfo.InvariantCulture, $"{value:0.##}");

    private static string Words(ContentMetric metric, EngagementBasis? basis) => metric switch
    {
        ContentMetric.EngagementRate => basis is { } b ? $"engagement {EngagementBases.Per(b)}" : "engagement",
        ContentMetric.Visits => "visits per post",
        _ => "leads per post",
    };

    /// <summary>"p = 0.01", "p = 0.004", "p &lt; 0.001".</summary>
    public static string P(double p) => p < 0.001 ? "p < 0.001"
        : p < 0.01 ? string.Create(CultureInfo.InvariantCulture, $"p = {p:0.000}")
        : string.Create(CultureInfo.InvariantCulture, $"p = {p:0.00}");
}
