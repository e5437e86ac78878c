namespace Payoff.Core.Demo;

/// <summary>
/// The demo's six networks' posting habits, and the truths built into them (README, "The demo"; the demo's tests check
/// each on the generated posts). A multiplier scales a post's engagement rate; everything else about the posts
/// (basis, language, hashtags, tracked link) is drawn independently of it, so only these differences are real:
/// <list type="bullet">
/// <item>LinkedIn: video posts engage 1.8 × image posts (video beats image); campaign label <c>howto</c> 1.4 ×
/// <c>announcement</c>; posts published Tuesday–Thursday 08:00–11:00 local time 1.8 ×, evenings (from 17:00) 0.6 ×, so
/// the best-time grid's top slots are Tuesday–Thursday mornings.</item>
/// <item>Instagram: reels 1.7 × images (reel beats image).</item>
/// <item>Facebook: image and video from the same distribution (no real difference); labels <c>question</c> and
/// <c>statement</c> likewise.</item>
/// <item>Hashtags never change a post's engagement (<c>#promo</c> and every other tag: no real difference).</item>
/// </list>
/// </summary>
internal static class DemoPostProfiles
{
    private static readonly double[] EveryDay = [1, 1, 1, 1, 1, 1, 1];
    private static readonly double[] Workdays = [1, 1.1, 1.1, 1.1, 0.9, 0.15, 0.1];
    private static readonly (string, double)[] EnglishMostly = [("en", 0.7), ("pl", 0.15), ("id", 0.1), ("ms", 0.05)];
    private static readonly (string, double)[] Mixed = [("en", 0.3), ("pl", 0.3), ("id", 0.25), ("ms", 0.15)];

    private const DemoPostMetrics Engagements = DemoPostMetrics.Likes | DemoPostMetrics.Comments | DemoPostMetrics.Shares;

    public static readonly IReadOnlyList<DemoPostProfile> All =
    [
        new(
            "Facebook", "Demo Shop", "fb", "https://www.facebook.com/demoshop/posts/{0}", 5, EveryDay,
            [(9, 2), (10, 2), (11, 1), (13, 1), (14, 1), (19, 2), (20, 2), (21, 1)],
            [("image", 0.40, 1.0), ("video", 0.35, 1.0), ("link", 0.15, 0.55), ("text", 0.10, 0.8)],
            [("question", 0.45, 1.0), ("statement", 0.45, 1.0)],
            0.035, 2_600, 0.25, DemoPostMetrics.Views | DemoPostMetrics.Reach | Engagements | DemoPostMetrics.Clicks,
            Mixed, 0.2, "facebook", "community-posts", (_, _) => 1),
        new(
            "Instagram", "@demoshop", "ig", "https://www.instagram.com/p/{0}/", 7, EveryDay,
            [(7, 1), (8, 1), (12, 2), (13, 1), (18, 2), (19, 2), (20, 2), (21, 1)],
            [("image", 0.30, 1.0), ("carousel", 0.20, 1.15), ("reel", 0.35, 1.7), ("story", 0.15, 0.45)],
            [],
            0.045, 3_100, 0.45, DemoPostMetrics.Views | DemoPostMetrics.Reach | Engagements | DemoPostMetrics.Saves | DemoPostMetrics.Follows,
            Mixed, 0.12, "instagram", "stories", (_, _) => 1),
        new(
            "LinkedIn", "Demo Shop Ltd", "li", "https://www.linkedin.com/feed/update/urn:li:activity:{0}/", 7, Workdays,
            [(8, 3), (9, 3), (10, 3), (12, 1), (13, 1), (14, 1), (15, 1), (17, 1), (18, 1), (19, 1), (20, 1)],
            [("image", 0.35, 1.0), ("video", 0.25, 1.8), ("text", 0.20, 0.9), ("link", 0.15, 0.7), ("carousel", 0.05, 1.1)],
            [("howto", 0.35, 1.4), ("announcement", 0.35, 1.0)],
            0.045, 1_400, 0.6, DemoPostMetrics.Impressions | Engagements | DemoPostMetrics.Clicks | DemoPostMetrics.VideoViews | DemoPostMetrics.Follows,
            EnglishMostly, 0.3, "linkedin", "Company Page", LinkedInTime),
        new(
            "X", "@demoshop", "x", "https://x.com/demoshop/status/{0}", 10, EveryDay,
            [(8, 1), (10, 1), (12, 1), (14, 1), (16, 1), (18, 1), (20, 1), (22, 1)],
            [("text", 0.50, 1.0), ("image", 0.30, 1.2), ("video", 0.10, 1.3), ("link", 0.10, 0.7)],
            [],
            0.014, 1_900, 0.1, DemoPostMetrics.Impressions | Engagements | DemoPostMetrics.Saves | DemoPostMetrics.Clicks,
            EnglishMostly, 0.25, "twitter", "inboundchat", (_, _) => 1),
        new(
            "TikTok", "@demoshop", "tt", "https://www.tiktok.com/@demoshop/video/{0}", 4, EveryDay,
            [(17, 1), (18, 1), (19, 2), (20, 2), (21, 2), (22, 1)],
            [("video", 1, 1.0)],
            [],
            0.06, 6_500, 1.0, DemoPostMetrics.Views | DemoPostMetrics.Reach | Engagements | DemoPostMetrics.Saves | DemoPostMetrics.Follows,
            Mixed, 0.0, "tiktok", "creator-collab", (_, _) => 1),
        new(
            "YouTube", "Demo Shop", "yt", "https://www.youtube.com/watch?v={0}", 3, EveryDay,
            [(15, 1), (16, 2), (17, 2), (18, 1)],
            [("video", 1, 1.0)],
            [],
            0.04, 1_200, 0.35, DemoPostMetrics.Views | Engagements | DemoPostMetrics.Follows,
            EnglishMostly, 0.6, "youtube", "tutorials", (_, _) => 1),
    ];

    /// <summary>LinkedIn's built-in best time: Tuesday–Thursday mornings engage most, evenings least.</summary>
    private static double LinkedInTime(DayOfWeek day, int hour) =>
        day is DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday && hour is >= 8 and < 11 ? 1.8
        : hour >= 17 ? 0.6
        : 1.0;
}
