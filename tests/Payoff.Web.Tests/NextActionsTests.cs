using System.Globalization;
using Payoff.Application.Overview;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;
using Payoff.Web.Overview;

namespace Payoff.Web.Tests;

/// <summary>"What to do now" (issue 15 §1), the overview's cards' colours (§3: a lower cost is good) and its clock (§3: the workspace's time zone).</summary>
public sealed class NextActionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static readonly LedgerTotals Everyone = new() { Sessions = 20_000, Contacts = 500, Customers = 100, Revenue = 90_000m, AdSpend = 6_000m };

    private static NetworkVerdict Verdict(string network, Recommendation recommendation, NetworkRole role, LedgerTotals totals, decimal? othersCostPerLead, decimal? saving) =>
        new(new NetworkFacts(network, totals, Everyone, Everyone, othersCostPerLead, null, null, [], [], [], []), role, recommendation, [$"{network}'s first reason."], [], null, null, null, null, saving);

    private static GoalProgress Goal(long id, string name, GoalStatus status, decimal progress, DateOnly deadline) =>
        new(new Goal { Id = id, Name = name, Metric = GoalMetrics.Find("contacts")!, Deadline = deadline }, 0, 100, progress * 100, progress, 80, 60, 95, 0.12m, status, [], null);

    private static IReadOnlyList<NextAction> Build(IReadOnlyList<GoalProgress> goals) => NextActions.Build(
        new VerdictReport(new VerdictPeriod(new DateRange(new(2026, 8, 1), new(2026, 10, 31))), "USD",
        [
            Verdict("Facebook", Recommendation.Scale, NetworkRole.TrafficDriver, new() { Sessions = 9_000, Contacts = 200, Revenue = 30_000m, AdSpend = 2_000m }, 10m, null),
            Verdict("TikTok", Recommendation.ReduceTime, NetworkRole.Underperformer, new() { Sessions = 2_000, Contacts = 20, Revenue = 500m, AdSpend = 1_505m }, 6.53m, 300m),
            Verdict("Reddit", Recommendation.Cut, NetworkRole.Underperformer, new() { Sessions = 600, Contacts = 3, AdSpend = 900m }, 7m, 900m),
            Verdict("LinkedIn", Recommendation.Scale, NetworkRole.LeadGenerator, new() { Sessions = 2_154, Contacts = 214, Revenue = 35_000m, TimeCost = 585.55m }, 8m, null),
            Verdict("YouTube", Recommendation.Optimize, NetworkRole.Contributor, new() { Sessions = 1_200, Contacts = 30 }, null, null),
        ], []),
        goals,
        Today);

    [Fact]
    public void Cuts_and_time_cuts_come_first_by_saving_then_goals_off_track_by_deadline_then_networks_to_scale()
    {
        var actions = Build([Goal(1, "LinkedIn leads +20 %", GoalStatus.OffTrack, 0.594m, Today.AddDays(31)), Goal(2, "Sessions", GoalStatus.AtRisk, 0.8m, Today.AddDays(5)), Goal(3, "Fine", GoalStatus.OnTrack, 0.9m, Today.AddDays(5))]);

        Assert.Equal(["cut", "reduce-time", "goal-off-track", "goal-at-risk", "scale"], actions.Select(a => a.Kind));
        Assert.Equal(["Reddit", "TikTok", null, null, "LinkedIn"], actions.Select(a => a.Network));
        Assert.Equal(NextActions.Max, actions.Count);
    }

    [Fact]
    public void Every_sentence_quotes_the_verdicts_and_the_goals_own_figures()
    {
        var actions = Build([Goal(1, "LinkedIn leads +20 %", GoalStatus.OffTrack, 0.594m, Today.AddDays(31))]);

        // TikTok: 1,505 USD ÷ 20 contacts = 75.25 USD per lead against the verdict's 6.53 USD.
        var tiktok = actions.Single(a => a.Network == "TikTok");
        Assert.Equal(75.25m, tiktok.Figure);
        Assert.Equal("TikTok costs 75.25 USD per lead against 6.53 USD on the other networks: reduce the time spent on it (saves 300.00 USD a month).", tiktok.Sentence);
        var goal = actions.Single(a => a.GoalId == 1);
        Assert.Equal(59.4m, goal.Figure);
        Assert.Equal("Goal 'LinkedIn leads +20 %' is off track: 59.4% of the way with 31 days left, a 12 % chance of reaching its target.", goal.Sentence);
        // LinkedIn: 214 ÷ 2,154 = 9.9 %; the rest: 286 ÷ 17,846 = 1.6 %; 9.9 ÷ 1.6 = 6.2×.
        var linkedIn = actions.Single(a => a.Network == "LinkedIn");
        Assert.Equal(Math.Round(214m / 2_154 * 100, 1), linkedIn.Figure);
        Assert.Equal(Math.Round(286m / 17_846 * 100, 1), linkedIn.Against);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"turns {linkedIn.Figure:0.0}% of visits into leads, {linkedIn.Figure / linkedIn.Against:0.#}× the rest's {linkedIn.Against:0.0}%"), linkedIn.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_kept_whose_leads_cost_three_times_the_others_is_told_to_hold_its_budget_and_an_ordinary_keep_is_not()
    {
        var period = new VerdictPeriod(new DateRange(new(2026, 8, 1), new(2026, 10, 31)));
        var dear = Verdict("TikTok", Recommendation.Keep, NetworkRole.AwarenessBuilder, new() { Sessions = 2_333, Contacts = 29, Revenue = 3_214.04m, AdSpend = 2_182.15m }, 6.53m, null);
        var fine = Verdict("X", Recommendation.Keep, NetworkRole.Contributor, new() { Sessions = 2_000, Contacts = 40, AdSpend = 300m }, 6.53m, null);

        var actions = NextActions.Build(new VerdictReport(period, "USD", [dear, fine], []), [], Today);

        var only = Assert.Single(actions);
        Assert.Equal("hold-budget", only.Kind);
        Assert.Equal("TikTok costs 75.25 USD per lead, 11.5× the other networks' 6.53 USD: add no budget until that comes down.", only.Sentence);
    }

    [Fact]
    public void A_network_whose_cut_waits_for_an_experiment_is_told_which_content_to_test_first_in_the_content_reports_words()
    {
        var period = new VerdictPeriod(new DateRange(new(2026, 8, 1), new(2026, 10, 31)));
        // Six videos at 5.0–5.5 % and six images at 1.0–1.5 % per impression: the content report's own comparison.
        var posts = Enumerable.Range(0, 12).Select(i => new Payoff.Core.Content.PostRate("TikTok", $"p{i}", i % 2 == 0 ? "video" : "image", i % 2 == 0 ? 50 + (i / 2) : 10 + (i / 2), 1000, null, null));
        var promising = Payoff.Core.Content.ContentComparison.Compare(posts, Payoff.Core.Content.ContentMetric.EngagementRate, new Dictionary<string, Payoff.Core.Content.EngagementBasis> { ["TikTok"] = Payoff.Core.Content.EngagementBasis.Impressions }).Single();
        var totals = new LedgerTotals { Sessions = 2_000, Contacts = 20, Revenue = 500m, AdSpend = 1_505m };
        var gated = new NetworkVerdict(new NetworkFacts("TikTok", totals, Everyone, Everyone, 6.53m, null, null, [], [], [], []) { Promising = promising }, NetworkRole.Underperformer, Recommendation.ReduceTime, ["TikTok's first reason."], [], null, null, null, null, 300m) { CutGated = true };
        var ungated = Verdict("Reddit", Recommendation.ReduceTime, NetworkRole.Underperformer, new() { Sessions = 600, Contacts = 3, AdSpend = 900m }, 7m, 100m);

        var actions = NextActions.Build(new VerdictReport(period, "USD", [gated, ungated], []), [], Today);

        Assert.Equal(
            $"TikTok costs 75.25 USD per lead against 6.53 USD on the other networks: reduce the time spent on it (saves 300.00 USD a month), and test its content before cutting it: video against image first ({promising.Finding.TrimEnd('.')}).",
            actions[0].Sentence);
        Assert.StartsWith("video beats image on TikTok: 5.3 % vs 1.3 % engagement per impression", promising.Finding, StringComparison.Ordinal);
        Assert.Equal("Reddit costs 300.00 USD per lead against 7.00 USD on the other networks: reduce the time spent on it (saves 100.00 USD a month).", actions[1].Sentence);
    }

    [Theory]
    [InlineData("Cost (USD)", "cost", 80, 100, "good")]
    [InlineData("Cost (USD)", "cost", 120, 100, "bad")]
    [InlineData("CPL (USD)", "cost-per-lead", 8, 10, "good")]
    [InlineData("CAC (USD)", "cost-per-customer", 12, 10, "bad")]
    [InlineData("Revenue (USD)", "revenue", 120, 100, "good")]
    [InlineData("ROI", "roi", 0.8, 1, "bad")]
    [InlineData("Sessions", "sessions", 90, 100, "bad")]
    public void A_lower_cost_is_good_news_and_a_higher_return_too(string label, string metric, double now, double before, string tone)
    {
        var card = new Headline(label, metric, (decimal)now, null, Change.Of((decimal)now, (decimal)before, new Coverage(30, 30)));

        Assert.Equal(tone, card.Tone);
    }

    [Fact]
    public void Figures_as_of_reads_the_workspaces_clock_with_its_zone_and_offset()
    {
        var computed = new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero);

        Assert.Equal("15:05 Europe/Warsaw (UTC+01:00)", OverviewModel.AsOf(computed, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));
        Assert.Equal("16:05 Europe/Warsaw (UTC+02:00)", OverviewModel.AsOf(computed.AddMonths(-5), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));
        Assert.Equal("09:05 America/New_York (UTC-05:00)", OverviewModel.AsOf(computed, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
    }
}
