namespace Payoff.Core.Demo;

/// <summary>
/// The demo's traffic mix, telling seed 000's story: Facebook and X bring the most visits and contacts,
/// LinkedIn far fewer visits at a much higher contact rate, and LinkedIn's Announcements campaign
/// converts best of all.
/// </summary>
internal static class DemoSources
{
    public static readonly IReadOnlyList<DemoSource> FirstTouch =
    [
        Social(0.110, "facebook", "paid_social", "spring-sale", 0.030, 0.22, 1.2),
        Social(0.130, "facebook", "social", "community-posts", 0.022, 0.20, 1.1),
        Social(0.050, "facebook", "social", "live-qna", 0.028, 0.20, 1.3),
        new(0.040, "https://l.facebook.com/", null, 0.018, 0.18, 1.0),
        Social(0.110, "twitter", "social", "inboundchat", 0.021, 0.18, 1.0),
        Social(0.085, "x", "social", "product-news", 0.018, 0.18, 1.1),
        Social(0.040, "tw", "social", "threads-weekly", 0.016, 0.16, 0.9),
        new(0.025, "https://t.co/", null, 0.015, 0.15, 1.0),
        Social(0.014, "linkedin", "social", "Announcements", 0.160, 0.35, 1.6),
        Social(0.020, "linkedin", "social", "Company Page", 0.070, 0.30, 1.4),
        Social(0.011, "linkedin", "social", "Groups", 0.045, 0.25, 1.2),
        new(0.004, "https://lnkd.in/", null, 0.060, 0.25, 1.3),
        Social(0.040, "ig", "social", "reels-launch", 0.020, 0.18, 1.5),
        Social(0.022, "instagram", "social", "stories", 0.015, 0.15, 1.2),
        new(0.018, "https://l.instagram.com/", null, 0.017, 0.15, 1.2),
        Social(0.030, "tiktok", "social", "creator-collab", 0.012, 0.12, 2.0),
        Social(0.018, "tiktok", "paid_social", "trend-video", 0.010, 0.12, 1.8),
        Social(0.020, "youtube", "social", "tutorials", 0.025, 0.20, 1.2),
        new(0.010, "https://www.youtube.com/", null, 0.020, 0.20, 1.1),
        Social(0.018, "pinterest", "social", "spring-boards", 0.014, 0.15, 1.0),
        new(0.014, "https://out.reddit.com/", null, 0.012, 0.15, 1.1),
        new(0.110, "https://www.google.com/", null, 0.030, 0.25, 1.1),
        new(0.020, "https://www.bing.com/", null, 0.030, 0.25, 1.0),
        new(0.008, "https://duckduckgo.com/", null, 0.032, 0.25, 1.2),
        Tagged(0.025, "utm_source=newsletter&utm_medium=email&utm_campaign=weekly-digest", 0.045, 0.28, 1.1),
        Tagged(0.012, "utm_source=newsletter&utm_medium=email&utm_campaign=onboarding", 0.040, 0.30, 1.0),
        new(0.075, null, null, 0.025, 0.25, 1.0),
        new(0.014, "https://partner-blog.example.org/best-tools", null, 0.030, 0.22, 1.0),
        new(0.009, "https://news.example.net/reviews", null, 0.028, 0.20, 1.0),
    ];

    /// <summary>Where returning visitors come from, besides the way they first came.</summary>
    public static readonly IReadOnlyList<(double Weight, string? Referrer, string? Tags)> Returning =
    [
        (0.45, null, null),
        (0.30, "https://www.google.com/", null),
        (0.25, null, "utm_source=newsletter&utm_medium=email&utm_campaign=weekly-digest"),
    ];

    public static readonly IReadOnlyList<string> LandingPaths =
        ["/", "/pricing", "/blog/social-roi", "/products/starter-kit", "/products/pro-plan", "/webinar", "/about"];

    public static readonly IReadOnlyList<string> BrowsePaths =
        ["/pricing", "/products/starter-kit", "/products/pro-plan", "/blog", "/contact", "/case-studies", "/faq"];

    private static DemoSource Social(double weight, string source, string medium, string campaign, double lead, double customer, double growth) =>
        new(weight, null, $"utm_source={source}&utm_medium={medium}&utm_campaign={Uri.EscapeDataString(campaign)}", lead, customer, growth);

    private static DemoSource Tagged(double weight, string tags, double lead, double customer, double growth) =>
        new(weight, null, tags, lead, customer, growth);
}
