using Payoff.Core.Content;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Links;
using Payoff.Core.Social;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IContentReader"/>: posts of the filter's local days with their engagements, basis and tracked results,
/// ranked, grouped and cut into local weekday and hour slots — every figure worked out by hand below (workspace in
/// Europe/Warsaw, whose clocks went forward on 30 March 2025 at 01:00 UTC: CET +1 before, CEST +2 after).
/// </summary>
public abstract class ContentReaderContract : StoreContract
{
    private static readonly ContentFilter March = new(new DateRange(new DateOnly(2025, 3, 24), new DateOnly(2025, 4, 6)), null);

    [Fact]
    public async Task Each_network_is_rated_on_the_basis_most_of_its_posts_report()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);

        var counts = await session.Content.ReadBasesAsync(workspace, March);

        // p5 was published on 7 April local time: outside the range.
        Assert.Equal(
            [new BasisCount("Facebook", 2, 0, 2, 2), new BasisCount("LinkedIn", 4, 3, 0, 0)],
            counts);
        var chosen = ContentBases.Choose(counts);
        Assert.Equal(EngagementBasis.Views, chosen["facebook"]);
        Assert.Equal(EngagementBasis.Impressions, chosen["LinkedIn"]);
    }

    [Fact]
    public async Task Spellings_of_one_network_are_counted_as_one_named_by_the_first_in_ordinal_order()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaPosts, 2), ImportRecords.Posts, Some.Rows(
            Post("linkedin", "q1", "2025-03-26T10:00:00Z", "image", "lower case", views: 10),
            Post("facebook", "q2", "2025-03-26T10:00:00Z", "image", "lower case", reach: 5)));

        var counts = await session.Content.ReadBasesAsync(workspace, March);
        var linkedIn = await session.Content.ReadBasesAsync(workspace, March with { Network = "LINKEDIN" });

        Assert.Equal(
            [new BasisCount("Facebook", 3, 0, 2, 3), new BasisCount("LinkedIn", 5, 3, 1, 0)],
            counts);
        Assert.Equal([new BasisCount("LinkedIn", 5, 3, 1, 0)], linkedIn);
    }

    [Fact]
    public async Task Posts_are_ranked_per_network_with_their_engagement_rate_local_time_and_tracked_results()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var ranked = await session.Content.ReadRankedAsync(workspace, March, bases, ContentMetric.EngagementRate, 1);

        // LinkedIn: p1 40/1000 = 4 %, p2 20/2000 = 1 %; p3 has no impressions and p4 no engagements, so two are ranked.
        // Facebook: f1 (5+1+0+0)/100 = 6 %, f2 10/200 = 5 %.
        Assert.Equal(2, ranked.Ranked["LinkedIn"]);
        Assert.Equal(2, ranked.Ranked["Facebook"]);
        Assert.Equal(["f1", "p1"], ranked.Top.Select(p => p.PostId));
        Assert.Equal(["f2", "p2"], ranked.Bottom.Select(p => p.PostId));
        var p1 = ranked.Top[1];
        Assert.Equal(40, p1.Engagements);
        Assert.Equal(1000, p1.Basis);
        Assert.Equal(0.04m, p1.EngagementRate);
        Assert.Equal(new DateTime(2025, 3, 29, 9, 30, 0), p1.Published); // Saturday, CET
        Assert.Equal("li-p1", p1.ContentKey);
        Assert.Equal(1, p1.KeyPosts);
        Assert.Equal(2, p1.Sessions); // the session of 28 March came before the post
        Assert.Equal(0, p1.Contacts);

        // f1's caption carries the short link /l/spring-fb, whose utm_content is fb-post-1: one session.
        var f1 = ranked.Top[0];
        Assert.Equal("fb-post-1", f1.ContentKey);
        Assert.Equal(1, f1.Sessions);
        Assert.Equal(new DateTime(2025, 4, 1, 20, 0, 0), f1.Published); // Tuesday, CEST

        // p2 has no tracked link.
        Assert.Null(ranked.Bottom[1].ContentKey);
        Assert.Null(ranked.Bottom[1].Sessions);
    }

    [Fact]
    public async Task Groups_sum_their_posts_and_rate_only_the_posts_with_the_basis()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var types = await session.Content.ReadGroupsAsync(workspace, March with { Network = "linkedin" }, bases, ContentGrouping.Type);

        Assert.Equal(["image", "video"], types.Select(g => g.Key));
        var image = types[0];
        Assert.Equal(3, image.Posts); // p2, p3, p4
        Assert.Equal(1, image.RatedPosts); // p2 only: p3 has no impressions, p4 no engagements
        Assert.Equal(2500, image.Impressions); // 2000 + 0 + 500
        Assert.Equal(30, image.Likes); // 20 + 10
        Assert.Equal(20, image.Engagements);
        Assert.Equal(2000, image.Basis);
        Assert.Equal(0.01, image.MedianRate);
        Assert.Equal(0, image.TrackedPosts);
        var video = types[1];
        Assert.Equal((1, 1, 40L, 1000L, 1L, 2L), (video.Posts, video.RatedPosts, video.Engagements, video.Basis, video.TrackedPosts, video.Sessions));

        // p3's labels "Spring, Promo" and p2's "spring": one "spring" group (spelling used most, then ordinal first).
        var labels = await session.Content.ReadGroupsAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentGrouping.Label);
        Assert.Equal([("Promo", 1L), ("Spring", 2L)], labels.Select(g => (g.Key, g.Posts)));

        // #Café (p1) and #CAFÉ (p2) are one tag, shown in the spelling that sorts first of the two used once each; #cafe
        // (p3) is another word; #launch is p1's; "#1" and the URL's #fragment are no tags.
        var tags = await session.Content.ReadGroupsAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentGrouping.Hashtag);
        Assert.Equal([("cafe", 1L), ("CAFÉ", 2L), ("launch", 1L)], tags.Select(g => (g.Key, g.Posts)));
        Assert.Equal(0.025, tags[1].MedianRate); // median of 4 % and 1 %
        Assert.Null(tags[0].MedianRate); // p3 has no impressions

        var months = await session.Content.ReadGroupsAsync(workspace, March, bases, ContentGrouping.Month);
        Assert.Equal([("Facebook", "2025-04", 2L), ("LinkedIn", "2025-03", 3L), ("LinkedIn", "2025-04", 1L)], months.Select(g => (g.Network, g.Key, g.Posts)));
    }

    [Fact]
    public async Task Caption_words_give_labels_beside_the_exported_ones_taken_literally()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));
        // p1 "New video …" and p2 "#CAFÉ time" match the rule labelled "new's" (a quote, kept as written); p3 "no basis"
        // matches "Spring", the label its export gave it already: counted once.
        var filter = March with { Network = "LinkedIn", Labels = LabelRule.Parse("new's=new video|time,Spring=no basis", "label") };

        var labels = await session.Content.ReadGroupsAsync(workspace, filter, bases, ContentGrouping.Label);
        var values = await session.Content.ReadValuesAsync(workspace, filter, bases, ContentGrouping.Label, ContentMetric.EngagementRate);

        Assert.Equal([("new's", 2L), ("Promo", 1L), ("Spring", 2L)], labels.Select(g => (g.Key, g.Posts)));
        Assert.Equal([0.01, 0.04], values.Single(v => v.Key == "new's").Values.Order());
        // Without rules, only the exported labels.
        Assert.DoesNotContain(await session.Content.ReadGroupsAsync(workspace, filter with { Labels = [] }, bases, ContentGrouping.Label), g => g.Key == "new's");
    }

    [Fact]
    public async Task A_tracked_post_brings_the_revenue_of_the_people_its_link_brought_in_the_workspace_currency()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        // v1 came through p1's link (li-p1) on 29 March and buys for 120 USD; v4 came through another key.
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 2), [Some.Conversion("e9", "v1", "2025-03-30T10:00:00Z", EventType.Customer, "ana", 120m), Some.Conversion("e10", "v4", "2025-04-03T10:00:00Z", EventType.Customer, "bo", 50m)]);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var ranked = await session.Content.ReadRankedAsync(workspace, March, bases, ContentMetric.EngagementRate, 1);

        var p1 = ranked.Top.Single(p => p.PostId == "p1");
        Assert.Equal((1L, 120m), (p1.Customers!.Value, p1.Revenue!.Value));
        Assert.Equal(0m, ranked.Top.Single(p => p.PostId == "f1").Revenue);
        Assert.Null(ranked.Bottom.Single(p => p.PostId == "p2").Revenue); // no tracked link
    }

    [Fact]
    public async Task Hashtag_groups_sum_the_hashtag_clicks_of_their_posts_that_report_them_and_a_re_import_replaces_them()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        SocialPost Tweet(string id, string text, long? clicks) => Post("X", id, "2025-04-02T10:00:00Z", "text", text, impressions: 100, likes: 1) with { HashtagClicks = clicks };
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.XAnalytics, 3), ImportRecords.Posts, Some.Rows(Tweet("x1", "#launch day", 7), Tweet("x2", "#launch #promo", 3), Tweet("x3", "#promo", null)));
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var tags = await session.Content.ReadGroupsAsync(workspace, March with { Network = "X" }, bases, ContentGrouping.Hashtag);
        Assert.Equal([("launch", 10L), ("promo", 3L)], tags.Select(g => (g.Key, g.HashtagClicks!.Value)));
        Assert.All(await session.Content.ReadGroupsAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentGrouping.Hashtag), g => Assert.Null(g.HashtagClicks));

        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.XAnalytics, 1), ImportRecords.Posts, Some.Rows(Tweet("x1", "#launch day", 9)));
        tags = await session.Content.ReadGroupsAsync(workspace, March with { Network = "X" }, bases, ContentGrouping.Hashtag);
        Assert.Equal(12, tags.Single(g => g.Key == "launch").HashtagClicks);
    }

    [Fact]
    public async Task A_post_counts_under_the_first_spelling_it_gives_a_tag_or_label_and_a_group_shows_the_one_most_posts_use()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        SocialPost Tweet(string id, string text, string labels) => Post("X", id, "2025-04-02T10:00:00Z", "text", text, impressions: 100, likes: 1, labels: labels);

        // x1 and x3 spell the tag "spring" first, x2 "Spring" only: 2 posts to 1. Labels likewise: "promo" first twice.
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.XAnalytics, 3), ImportRecords.Posts, Some.Rows(
            Tweet("x1", "#spring #Spring", " promo ,Promo"), Tweet("x2", "#Spring", "Promo"), Tweet("x3", "#spring then #SPRING", "promo, PROMO")));
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var tags = await session.Content.ReadGroupsAsync(workspace, March with { Network = "X" }, bases, ContentGrouping.Hashtag);
        var labels = await session.Content.ReadGroupsAsync(workspace, March with { Network = "X" }, bases, ContentGrouping.Label);

        Assert.Equal([("spring", 3L)], tags.Select(g => (g.Key, g.Posts)));
        Assert.Equal([("promo", 3L)], labels.Select(g => (g.Key, g.Posts)));
    }

    [Fact]
    public async Task Rates_list_each_post_once_per_group()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var rates = await session.Content.ReadRatesAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentGrouping.Type);

        Assert.Equal(
            [("image", 0L, (long?)500), ("image", 10, null), ("image", 20, 2000), ("video", 40, 1000)], // p4: no engagements; p3: no impressions
            rates.Select(r => (r.Key, r.Engagements ?? 0, r.Basis)).Order());
        Assert.Equal(["p1", "p2", "p3", "p4"], rates.Select(r => r.PostId).Order());
    }

    [Fact]
    public async Task Values_list_each_group_s_posts_with_a_value_and_the_sums_of_its_value()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var rates = await session.Content.ReadValuesAsync(workspace, March, bases, ContentGrouping.Type, ContentMetric.EngagementRate);
        var visits = await session.Content.ReadValuesAsync(workspace, March, bases, ContentGrouping.Type, ContentMetric.Visits);

        // LinkedIn image: p2 20/2000 only (p3 has no impressions, p4 no engagements); video p1 40/1000. Facebook: f1 6/100, f2 10/200.
        Assert.Equal(
            [("Facebook", "image", [0.05], 10L, 200L), ("Facebook", "video", [0.06], 6, 100), ("LinkedIn", "image", [0.01], 20, 2000), ("LinkedIn", "video", [0.04], 40, 1000)],
            rates.OrderBy(g => g.Network, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Network, g.Key, g.Values.ToArray(), g.Numerator, g.Denominator)));

        // Only p1 (2 sessions) and f1 (1) carry a key of their own: the other groups have no value and 0 ÷ 0.
        Assert.Equal(
            [("Facebook", "image", [], 0L, 0L), ("Facebook", "video", [1.0], 1, 1), ("LinkedIn", "image", [], 0, 0), ("LinkedIn", "video", [2.0], 2, 1)],
            visits.OrderBy(g => g.Network, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Network, g.Key, g.Values.ToArray(), g.Numerator, g.Denominator)));
    }

    [Fact]
    public async Task An_experiment_assigns_its_window_s_posts_by_label_and_leaves_out_posts_in_two_variants()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));
        var plan = new ExperimentPlan("LinkedIn", "spring vs promo", ["Spring", "promo"], ExperimentAssignment.Label, ExperimentMetric.EngagementRate, new DateOnly(2025, 3, 24), new DateOnly(2025, 4, 6));
        var experiment = await session.Experiments.AddAsync(workspace, plan);

        var rates = await session.Content.ReadRatesAsync(workspace, new ContentFilter(plan.Window, plan.Network), bases, ExperimentAnalysis.Grouping(plan.Assign));
        var result = ExperimentAnalysis.Analyze(experiment, rates, bases, new DateOnly(2025, 4, 10));

        // p2 ("spring") is Spring's one rated post; p3 has both labels, so it is in neither.
        Assert.Equal(1, result.AmbiguousPosts);
        Assert.Equal([("Spring", 1, 0.01m), ("promo", 0, (decimal?)null)], result.Variants.Select(v => (v.Variant, v.Posts, v.Value)));
        Assert.Equal(ExperimentStatus.Ended, result.Status);
        // Issue 17: too few posts to compare is its own outcome, not "no difference".
        Assert.Equal(ExperimentOutcome.Inconclusive, result.Outcome);
        Assert.Equal("'spring vs promo' on LinkedIn ended on 2025-04-06 with too few posts to compare: Spring: 1 post; promo: 0 posts — each variant needed at least 2 posts to be compared. 1 posts matched two variants and are left out.", result.Summary);
    }

    [Fact]
    public async Task A_re_import_changes_a_post_s_link_key_and_its_undo_brings_the_old_one_back()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));
        var filter = March with { Network = "LinkedIn" };
        async Task<string?> KeyOfP1() => (await session.Content.ReadRankedAsync(workspace, filter, bases, ContentMetric.EngagementRate, 5)).Top.Single(p => p.PostId == "p1").ContentKey;

        var again = await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaPosts, 1), ImportRecords.Posts, Some.Rows(
            Post("LinkedIn", "p1", "2025-03-29T08:30:00Z", "video", "now https://shop.example.com/?utm_content=li%20p1%2Bnew", impressions: 1000, likes: 40)));
        var replaced = await KeyOfP1();
        await session.Importing.UndoAsync(workspace, again.Id);

        Assert.Equal("li p1+new", replaced); // URL-decoded
        Assert.Equal("li-p1", await KeyOfP1());
    }

    [Fact]
    public async Task Slots_cut_posts_into_local_weekdays_and_hours_across_the_change_to_summer_time()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March));

        var slots = await session.Content.ReadSlotsAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentMetric.EngagementRate);

        // p1 Saturday 09:30 CET (08:30 UTC), p2 Monday 09:15 CEST (07:15 UTC): both in the 9 o'clock hour, local time.
        Assert.Equal(
            [new TimeSlot("LinkedIn", 1, null, 1, 0.01), new TimeSlot("LinkedIn", 1, 9, 1, 0.01), new TimeSlot("LinkedIn", 6, null, 1, 0.04), new TimeSlot("LinkedIn", 6, 9, 1, 0.04)],
            slots);
    }

    [Fact]
    public async Task A_range_without_a_change_of_offset_has_its_posts_in_local_time()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);
        var april = new ContentFilter(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 5)), "Facebook");
        var bases = ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, april));

        var ranked = await session.Content.ReadRankedAsync(workspace, april, bases, ContentMetric.EngagementRate, 1);

        // Regression: a range whose days all have one offset (CEST here) once made a CASE without a WHEN, which DuckDB refused.
        Assert.Equal(new DateTime(2025, 4, 1, 20, 0, 0), Assert.Single(ranked.Top).Published);
    }

    [Fact]
    public async Task A_post_whose_export_gave_only_its_day_counts_for_its_weekday_and_no_hour()
    {
        await using var session = await OpenAsync();
        var (workspace, bases) = await FilledWithAsync(session,
            Post("LinkedIn", "p6", "2025-03-30T22:00:00Z", "text", "a date without a time", impressions: 1000, likes: 10) with { TimeUnknown = true });

        var slots = await session.Content.ReadSlotsAsync(workspace, March with { Network = "LinkedIn" }, bases, ContentMetric.EngagementRate);

        // p6 is stored at the start of Monday 31 March (00:00 CEST): Monday has p2 and p6, its 00:00 hour nothing.
        Assert.Equal(
            [new TimeSlot("LinkedIn", 1, null, 2, 0.01), new TimeSlot("LinkedIn", 1, 9, 1, 0.01), new TimeSlot("LinkedIn", 6, null, 1, 0.04), new TimeSlot("LinkedIn", 6, 9, 1, 0.04)],
            slots);
    }

    [Fact]
    public async Task A_key_two_posts_share_brings_results_to_neither()
    {
        await using var session = await OpenAsync();
        var (workspace, bases) = await FilledWithAsync(session,
            Post("Facebook", "f3", "2025-04-02T10:00:00Z", "image", "again https://pay.example/l/spring-fb", views: 50, likes: 1));

        var ranked = await session.Content.ReadRankedAsync(workspace, March with { Network = "Facebook" }, bases, ContentMetric.EngagementRate, 5);

        Assert.All(ranked.Top.Where(p => p.PostId is "f1" or "f3"), p => Assert.Equal((2L, (long?)null), (p.KeyPosts, p.Sessions)));
    }

    [Fact]
    public async Task A_shown_post_shares_its_key_with_a_post_that_is_not_shown()
    {
        await using var session = await OpenAsync();
        var (workspace, bases) = await FilledWithAsync(session,
            Post("Facebook", "f3", "2025-04-02T10:00:00Z", "image", "again https://shop.example.com/?utm_content=FB-POST-1", views: 200, likes: 11));

        // f1 6 % on top, f2 5 % at the bottom; f3 (5.5 %) is neither, yet its utm_content is f1's short link's key.
        var ranked = await session.Content.ReadRankedAsync(workspace, March with { Network = "Facebook" }, bases, ContentMetric.EngagementRate, 1);

        Assert.Equal(3, ranked.Ranked["Facebook"]);
        var f1 = Assert.Single(ranked.Top);
        Assert.Equal(("f1", "fb-post-1", 2L, (long?)null), (f1.PostId, f1.ContentKey, f1.KeyPosts, f1.Sessions));
        Assert.Equal("f2", Assert.Single(ranked.Bottom).PostId);
    }

    /// <summary>The filled workspace (<see cref="FilledAsync"/>) with <paramref name="post"/> imported after it on its own, and March's bases.</summary>
    private static async Task<(Workspace Workspace, IReadOnlyDictionary<string, EngagementBasis> Bases)> FilledWithAsync(IStoreSession session, SocialPost post)
    {
        var workspace = await FilledAsync(session);
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaPosts, 1), ImportRecords.Posts, Some.Rows(post));
        return (workspace, ContentBases.Choose(await session.Content.ReadBasesAsync(workspace, March)));
    }

    private static async Task<Workspace> FilledAsync(IStoreSession session)
    {
        var workspace = await WorkspaceAsync(session, "Europe/Warsaw");
        await session.Links.AddAsync(workspace, "spring-fb", "https://shop.example.com/spring", new LinkTags("facebook", "social", "spring", "fb-post-1"));
        var visits = new[]
        {
            Some.Visit("e0", "v0", "2025-03-28T10:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_content=li-p1"),
            Some.Visit("e1", "v1", "2025-03-29T12:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_content=li-p1"),
            Some.Visit("e2", "v2", "2025-04-03T12:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_content=LI-P1"),
            Some.Visit("e3", "v3", "2025-04-02T12:00:00Z", "https://shop.example.com/spring?utm_source=facebook&utm_medium=social&utm_campaign=spring&utm_content=fb-post-1"),
            Some.Visit("e4", "v4", "2025-04-02T12:00:00Z", "https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_content=other"),
        };
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, visits.Length), visits);
        await session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaPosts, 7), ImportRecords.Posts, Some.Rows(
            Post("LinkedIn", "p1", "2025-03-29T08:30:00Z", "video", "New video #Café #launch https://shop.example.com/?utm_content=li-p1&x=1 see x.com/a#frag #1", impressions: 1000, likes: 30, comments: 5, shares: 5),
            Post("LinkedIn", "p2", "2025-03-31T07:15:00Z", "image", "#CAFÉ time", impressions: 2000, likes: 20, comments: 0, shares: 0, labels: "spring"),
            Post("LinkedIn", "p3", "2025-03-31T07:45:00Z", "image", "no basis #cafe", impressions: 0, likes: 10, labels: "Spring, Promo"),
            Post("LinkedIn", "p4", "2025-04-01T07:00:00Z", "image", null, impressions: 500),
            Post("LinkedIn", "p5", "2025-04-06T22:30:00Z", "image", "7 April in Warsaw", impressions: 100, likes: 1),
            Post("Facebook", "f1", "2025-04-01T18:00:00Z", "video", "go https://pay.example/l/spring-fb", views: 100, reach: 80, likes: 5, comments: 1, shares: 0, saves: 0),
            Post("Facebook", "f2", "2025-04-02T09:00:00Z", "image", "plain", views: 200, reach: 150, likes: 10)));
        return workspace;
    }

    private static SocialPost Post(string network, string id, string at, string type, string? text, long? impressions = null, long? views = null, long? reach = null, long? likes = null, long? comments = null, long? shares = null, long? saves = null, string? labels = null) => new()
    {
        Network = network,
        PostId = id,
        PublishedAt = Some.Instant(at),
        Type = type,
        Text = text,
        Labels = labels,
        Impressions = impressions,
        Views = views,
        Reach = reach,
        Likes = likes,
        Comments = comments,
        Shares = shares,
        Saves = saves,
    };
}
