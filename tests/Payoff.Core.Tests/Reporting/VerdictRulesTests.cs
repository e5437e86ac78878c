using Payoff.Core.Costs;
using Payoff.Core.Content;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting;

/// <summary>Data sets that each tell one story, and the verdict each must reach.</summary>
public sealed class VerdictRulesTests
{
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 5, 31);

    private static NetworkVerdict Verdict(LedgerFixture fixture, string network, ContentEvidence? content = null)
    {
        // The rest of the workspace: steady organic search at a 2.5 % contact rate.
        fixture.Visits("Organic Search", From, To, _ => (400, 10, 2));
        var report = VerdictReportBuilder.Build(fixture.Build(From, To), "USD", new VerdictPeriod(new DateRange(From, To)), [], null, content);
        return report.Networks.Single(v => v.Facts.Network == network);
    }

    /// <summary>
    /// The evidence of experiments on <paramref name="network"/> that ended with no difference after comparing three posts
    /// of each variant, each a month long, the last ending on <paramref name="last"/>.
    /// </summary>
    internal static ContentEvidence Tried(string network, DateOnly last, int count = 1) => new(
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var until = last.AddMonths(-i);
            var plan = new ExperimentPlan(network, $"test {count - i}", ["video", "image"], ExperimentAssignment.Type, ExperimentMetric.EngagementRate, until.AddMonths(-1).AddDays(1), until);
            PostRate Post(string type, int n, long engagements) => new(network, $"{type}-{i}-{n}", type, engagements, 1000, null, null);
            var posts = new[] { Post("video", 1, 30), Post("video", 2, 12), Post("video", 3, 21), Post("image", 1, 25), Post("image", 2, 14), Post("image", 3, 19) };
            return ExperimentAnalysis.Analyze(new Experiment(i + 1, plan, default, null), posts, new Dictionary<string, EngagementBasis> { [network] = EngagementBasis.Impressions }, until.AddDays(1));
        }).Reverse()],
        []);

    private static void Spend(LedgerFixture fixture, string network, decimal perDay, MoneyKind kind = MoneyKind.AdSpend)
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            fixture.Money.Add(new MoneyDay(day, network, "(not set)", kind, "USD", perDay));
        }
    }

    [Fact]
    public void Seed_000_a_network_whose_negative_share_rose_in_the_last_month_is_named_with_its_figures()
    {
        // Facebook's messages: 10 scored a day, 1 negative until May, 4 negative a day in May (the last month).
        var fixture = new LedgerFixture().Visits("Facebook", From, To, i => (40, 1, 0));
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            fixture.Social.Add(new SocialDay(day, "Facebook", Payoff.Core.Conversations.ConversationDays.Account, "scored_mentions", 10));
            fixture.Social.Add(new SocialDay(day, "Facebook", Payoff.Core.Conversations.ConversationDays.Account, "negative_mentions", day.Month == 5 ? 4 : 1));
        }

        var v = Verdict(fixture, "Facebook");

        Assert.True(v.Facts.Conversations!.Rose);
        Assert.Contains(v.Reasons, r => r.StartsWith("Its negative share of messages rose to 40 % in the last month from 10 % in the months before (p < 0.001, 310 and 610 messages)", StringComparison.Ordinal));

        var calm = new LedgerFixture().Visits("Facebook", From, To, i => (40, 1, 0));
        Assert.DoesNotContain(Verdict(calm, "Facebook").Reasons, r => r.Contains("negative share", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_000_a_low_volume_network_with_a_high_contact_rate_is_an_opportunity_never_a_cut()
    {
        var fixture = new LedgerFixture()
            .Visits("LinkedIn", From, To, i => (8, i % 5 == 0 ? 2 : 1, 0), "Announcements")
            .Visits("LinkedIn", From, To, i => (6, i % 10 == 0 ? 1 : 0, 0), "Groups");
        Spend(fixture, "LinkedIn", 30);
        var v = Verdict(fixture, "LinkedIn");
        Assert.Equal(NetworkRole.LeadGenerator, v.Role);
        Assert.Equal(Recommendation.Optimize, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("an opportunity, not a cut", StringComparison.Ordinal));
        Assert.Equal("Announcements", v.BestCampaign!.Campaign);
        Assert.Equal("Groups", v.WorstCampaign!.Campaign);

        var free = new LedgerFixture().Visits("LinkedIn", From, To, i => (8, i % 5 == 0 ? 2 : 1, 0));
        Assert.Equal(Recommendation.Scale, Verdict(free, "LinkedIn").Recommendation);
    }

    [Fact]
    public void A_high_volume_network_with_a_low_rate_and_a_losing_but_not_hopeless_return_is_optimized()
    {
        var fixture = new LedgerFixture().Visits("Facebook", From, To, i => (300, i % 2 == 0 ? 3 : 2, 0));
        Spend(fixture, "Facebook", 100);
        Spend(fixture, "Facebook", 70, MoneyKind.Revenue);
        var v = Verdict(fixture, "Facebook");

        // Its visitors become leads really less often and its ROI is below the social networks': no "traffic driver" (QA: "Reddit — traffic-driver" at 0.3 %).
        Assert.Equal(NetworkRole.Underperformer, v.Role);
        Assert.Equal(Recommendation.Optimize, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("lower, a real difference", StringComparison.Ordinal));
        Assert.NotEmpty(v.Experiments);
    }

    [Fact]
    public void A_declining_costly_network_with_a_really_lower_rate_is_cut_after_the_experiments()
    {
        var fixture = new LedgerFixture().Visits("X", From, To, i => (i < 31 ? 300 : i < 61 ? 200 : 100, i % 4 == 0 ? 1 : 0, 0));
        Spend(fixture, "X", 100);
        Spend(fixture, "X", 5, MoneyKind.Revenue);
        var v = Verdict(fixture, "X", Tried("X", To, count: 3));
        Assert.Equal(Recommendation.Cut, v.Recommendation);
        Assert.False(v.CutGated);
        Assert.Contains(v.Reasons, r => r.Contains("cut it. 3 experiments in 3 months ('test 1': no difference; 'test 2': no difference; 'test 3': no difference) — the numbers still call for a cut.", StringComparison.Ordinal));
        Assert.True(v.Trend < -0.05);
        Assert.Contains(v.Reasons, r => r.Contains("Sessions fell", StringComparison.Ordinal));
        Assert.Contains(v.Experiments, e => e.Contains("Test content types", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue_17_an_experiment_without_enough_posts_is_not_a_test_so_the_cut_stays_gated()
    {
        var fixture = new LedgerFixture().Visits("X", From, To, i => (i < 31 ? 300 : i < 61 ? 200 : 100, i % 4 == 0 ? 1 : 0, 0));
        Spend(fixture, "X", 100);
        Spend(fixture, "X", 5, MoneyKind.Revenue);
        var bases = new Dictionary<string, EngagementBasis> { ["X"] = EngagementBasis.Impressions };
        var plan = new ExperimentPlan("X", "video vs image", ["video", "image"], ExperimentAssignment.Type, ExperimentMetric.EngagementRate, From, To);
        // No post in its window, and one stopped on its first day with a post of each variant.
        var empty = ExperimentAnalysis.Analyze(new Experiment(1, plan, default, null), [], bases, To.AddDays(1));
        var stopped = new Experiment(2, plan with { Name = "stopped at once" }, default, new ExperimentEnd(new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ExperimentOutcome.Stopped, null, "stopped"));
        var once = ExperimentAnalysis.Analyze(stopped, [new PostRate("X", "v", "video", 30, 1000, null, null), new PostRate("X", "i", "image", 10, 1000, null, null)], bases, To.AddDays(1));
        var content = new ContentEvidence([empty, once], []);

        var v = Verdict(fixture, "X", content);

        Assert.Equal(ExperimentOutcome.Inconclusive, empty.Outcome);
        Assert.Empty(content.TriedOn("X", To));
        Assert.Equal(Recommendation.ReduceTime, v.Recommendation);
        Assert.True(v.CutGated);
    }

    [Fact]
    public void The_same_network_without_experiments_is_told_to_reduce_time_and_run_one_first()
    {
        var fixture = new LedgerFixture().Visits("X", From, To, i => (i < 31 ? 300 : i < 61 ? 200 : 100, i % 4 == 0 ? 1 : 0, 0));
        Spend(fixture, "X", 100);
        Spend(fixture, "X", 5, MoneyKind.Revenue);

        // An experiment that ended before the last twelve months does not count as tried.
        var v = Verdict(fixture, "X", Tried("X", To.AddMonths(-13)));

        Assert.Equal(Recommendation.ReduceTime, v.Recommendation);
        Assert.True(v.CutGated);
        Assert.Null(v.MonthlySaving); // its cost is ad spend: no staff time to halve
        Assert.Contains(v.Reasons, r => r.Contains("that meets the rules for a cut, but no content experiment has been tried on it in the last 12 months", StringComparison.Ordinal));
        Assert.StartsWith("Run a content experiment first", v.Experiments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_traffic_driver_for_an_ad_supported_site_is_valuable_when_its_visits_are()
    {
        var fixture = new LedgerFixture().Visits("Pinterest", From, To, _ => (500, 0, 0));
        fixture.Values.Add(new AssignedValue(AssignedValue.Visit, 0.02m, "USD"));
        var v = Verdict(fixture, "Pinterest");
        Assert.Equal(NetworkRole.TrafficDriver, v.Role);
        Assert.Equal(Recommendation.Keep, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("visits are worth something (0.02 per visit)", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_little_data_says_so_and_how_much_is_needed()
    {
        var fixture = new LedgerFixture().Visits("TikTok", From, From.AddDays(20), _ => (2, 0, 0));
        var v = Verdict(fixture, "TikTok");
        Assert.Equal(Recommendation.NotEnoughData, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("Not enough data yet: 42 sessions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_network_whose_cost_is_mostly_staff_time_and_does_not_pay_reduces_time()
    {
        var fixture = new LedgerFixture().Visits("Instagram", From, To, i => (60, i % 3 == 0 ? 2 : 1, 0));
        fixture.Recurrences.Add(new TimeRecurrence(1, "Instagram", string.Empty, 60, DayPattern.Weekdays, From));
        fixture.Rates.Add(new HourlyRate(string.Empty, 25m, "USD"));
        Spend(fixture, "Instagram", 5, MoneyKind.Revenue);
        var v = Verdict(fixture, "Instagram");
        Assert.Equal(Recommendation.ReduceTime, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("Staff time is 100% of its cost", StringComparison.Ordinal));
    }
}
