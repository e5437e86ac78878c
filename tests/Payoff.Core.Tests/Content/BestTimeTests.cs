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
            "Best times to post on LinkedIn: Tuesday 09:00–10:00 (median 4.2 % engagement per impression, 7 posts); Thursday 12:00–13:00 (median 3.5 % engagement per impression, 5 posts); Tuesday 17:00–18:00 (median 2.0 % engagement per impression, 5 posts). Best weekday: Thursday (median 5.0 % engagement per impression, 9 posts).",
            grid.Finding);
    }

    [Fact]
    public void Slots_that_read_alike_are_ranked_by_their_posts()
    {
        // 5.043 % and 5.030 % both read 5.0 %: the slot with 10 posts comes first, as the documented tie rule says.
        TimeSlot[] slots = [new("YouTube", 5, null, 15, 0.0503), new("YouTube", 5, 16, 10, 0.05030), new("YouTube", 5, 17, 5, 0.05043)];

        var grid = BestTimeBuilder.Network("YouTube", EngagementBasis.Views, slots, ContentMetric.EngagementRate, BestTimeReport.DefaultMinPosts);

        Assert.Equal([16, 17], grid.Best.Select(s => s.Hour!.Value));
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
