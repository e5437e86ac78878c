using Payoff.Core.Content;

namespace Payoff.Core.Tests.Content;

public sealed class BestTimeTests
{
    [Fact]
    public void Slots_with_enough_posts_are_ranked_by_median_and_the_sentence_gives_their_numbers()
    {
        TimeSlot[] slots =
        [
            new("LinkedIn", 2, null, 12, 0.031), new("LinkedIn", 2, 9, 7, 0.042), new("LinkedIn", 2, 17, 5, 0.02),
            new("LinkedIn", 4, null, 9, 0.05), new("LinkedIn", 4, 12, 5, 0.035), new("LinkedIn", 4, 20, 4, 0.09),
        ];

        var grid = BestTimeBuilder.Network("LinkedIn", EngagementBasis.Impressions, slots, ContentMetric.EngagementRate, BestTimeReport.DefaultMinPosts);

        // Thursday 20:00 has the highest median but only 4 posts: greyed, never ranked.
        Assert.Equal([(2, 9), (4, 12), (2, 17)], grid.Best.Select(s => (s.Weekday, s.Hour!.Value)));
        Assert.False(grid.Cells.Single(c => c.Hour == 20).Ranked);
        Assert.Equal(4, grid.BestWeekday!.Weekday);
        Assert.Equal(
            "Best times to post on LinkedIn: Tuesday 09:00–10:00 (median 4.2 % engagement per impression, 7 posts); Thursday 12:00–13:00 (median 3.5 % engagement per impression, 5 posts); Tuesday 17:00–18:00 (median 2.0 % engagement per impression, 5 posts).",
            grid.Finding);
    }

    [Fact]
    public void Sparse_hours_fall_back_to_the_best_weekday_and_sparse_weekdays_to_no_ranking()
    {
        TimeSlot[] slots = [new("X", 1, null, 6, 120), new("X", 1, 8, 3, 150), new("X", 1, 9, 3, 100), new("X", 3, null, 2, 400), new("X", 3, 7, 2, 400)];

        var grid = BestTimeBuilder.Network("X", EngagementBasis.Impressions, slots, ContentMetric.Reach, 5);
        var none = BestTimeBuilder.Network("X", null, [new("X", 3, null, 2, 400), new("X", 3, 7, 2, 400)], ContentMetric.Reach, 5);

        Assert.Empty(grid.Best);
        Assert.Equal("Too few posts per hour to rank hours on X (fewer than 5 in every hour); best weekday: Monday (median 120 reach, 6 posts).", grid.Finding);
        Assert.Equal("Too few posts to rank times on X: 2 posts, and no weekday has 5.", none.Finding);
    }
}
