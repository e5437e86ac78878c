using Payoff.Core.Content;

namespace Payoff.Core.Tests.Content;

public sealed class ContentComparisonTests
{
    private static readonly Dictionary<string, EngagementBasis> Impressions = new(StringComparer.OrdinalIgnoreCase) { ["LinkedIn"] = EngagementBasis.Impressions };

    [Fact]
    public void Separated_groups_give_a_winner_with_the_exact_p_value()
    {
        // Every video post (5.0–5.5 %) above every image post (1.0–1.5 %): exact two-sided p = 2 / C(12, 6) = 2/924.
        var posts = Posts("video", 50, 51, 52, 53, 54, 55).Concat(Posts("image", 10, 11, 12, 13, 14, 15));

        var c = Assert.Single(ContentComparison.Compare(posts, ContentMetric.EngagementRate, Impressions));

        Assert.Equal(("video", "image", ComparisonOutcome.Beats), (c.Leader, c.Other, c.Outcome));
        Assert.Equal(2.0 / 924, c.AdjustedP, 12);
        Assert.Equal(0.0525m, c.LeaderValue); // Σ engagements ÷ Σ impressions = 315 / 6000
        Assert.Equal("video beats image on LinkedIn: 5.3 % vs 1.3 % engagement per impression (p = 0.002, 6 and 6 posts).", c.Finding);
    }

    [Fact]
    public void A_difference_that_may_be_chance_says_how_many_more_posts_would_settle_it()
    {
        // Hollander & Wolfe's example (R's ?wilcox.test) as rates per 10,000 impressions: W = 35, exact two-sided p = 0.2544;
        // p′ = 35/50 = 0.7, so Noether's n per group = (1.959964 + 0.841621)² / (12 · ¼ · 0.2²) / 2 = 32.7 → 33, i.e. 28 more than 5.
        var posts = Posts("video", 80, 83, 189, 104, 145, 138, 191, 164, 73, 146).Concat(Posts("image", 115, 88, 90, 74, 121));

        var c = Assert.Single(ContentComparison.Compare(posts.Select(p => p with { Basis = 10_000 }), ContentMetric.EngagementRate, Impressions));

        Assert.Equal(ComparisonOutcome.NoDifferenceYet, c.Outcome);
        Assert.Equal(0.2544, c.AdjustedP, 4);
        Assert.Equal(33, c.PostsNeeded);
        Assert.Equal("video vs image on LinkedIn: 1.3 % vs 1.0 % engagement per impression — no real difference yet (p = 0.25, 10 and 5 posts): about 28 more posts of each would show a difference of this size.", c.Finding);
    }

    [Fact]
    public void Holm_multiplies_the_ordered_p_values_and_keeps_them_monotone() =>
        Assert.Equal([0.03, 0.06, 0.06], ContentComparison.Holm([0.01, 0.04, 0.03]).Select(p => Math.Round(p, 10)));

    [Fact]
    public void Groups_with_one_post_and_posts_without_a_rate_are_not_compared()
    {
        var posts = Posts("video", 50, 51).Concat(Posts("story", 90)).Append(new PostRate("LinkedIn", "i1", "image", 10, null, null, null)).Append(new PostRate("LinkedIn", "i2", "image", null, 1000, null, null));

        Assert.Empty(ContentComparison.Compare(posts, ContentMetric.EngagementRate, Impressions));
    }

    private static IEnumerable<PostRate> Posts(string type, params long[] engagements) =>
        engagements.Select((e, i) => new PostRate("LinkedIn", $"{type}-{i}", type, e, 1000, null, null));
}
