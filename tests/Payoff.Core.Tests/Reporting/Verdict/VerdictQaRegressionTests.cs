using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting.Verdict;

/// <summary>The verdict faults a QA run found after the first fixes (issue 13 §1, trial report items 4, 5, 6, 10, 12).</summary>
public sealed class VerdictQaRegressionTests
{
    private static readonly DateOnly From = new(2026, 8, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    private static VerdictReport Report(LedgerFixture fixture, DateOnly from, DateOnly to, ContentEvidence? content = null) =>
        VerdictReportBuilder.Build(fixture.Build(from, to), "USD", new VerdictPeriod(new DateRange(from, to)), [], DataCoverage.Of(fixture.Web), content);

    [Fact]
    public void Regression_future_months_are_refused_and_the_month_in_progress_is_never_judged()
    {
        // The bug: --to 2027-03 judged January–March 2027: "0% of sessions (0)", "ROI -100%".
        var today = new DateOnly(2026, 11, 30);
        var future = VerdictPeriod.Ending(new DateOnly(2027, 3, 1), 3);
        Assert.Contains("reaches past today (2026-11-30)", future.Refusal(today), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => future.Ended(today));

        var current = VerdictPeriod.Ending(new DateOnly(2026, 11, 1), 1);
        Assert.Contains("November 2026 is still going", current.Refusal(today), StringComparison.Ordinal);

        var reaching = VerdictPeriod.Ending(new DateOnly(2026, 11, 1), 3).Ended(today);
        Assert.Equal(new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31)), reaching.Range);
        Assert.Contains("November 2026 is still going, so it is not judged", reaching.Note, StringComparison.Ordinal);

        var picked = VerdictPeriod.Resolve(today, new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 31)));
        Assert.Equal(VerdictPeriod.Default(today).Range, picked.Range);
        Assert.NotNull(picked.Note);
        Assert.Null(VerdictPeriod.Default(today).Refusal(today));
    }

    [Fact]
    public void Regression_a_month_the_data_starts_inside_is_partial_and_left_out_of_the_trend()
    {
        // The bug: data starting on 30 November, judged October–December, printed "rose about +77% a month (— → 4 → 3,677 a month)".
        var fixture = new LedgerFixture().Visits("Facebook", new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 31), i => (i == 0 ? 4 : 120, 2, 0));
        fixture.Visits("Organic Search", new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 31), _ => (400, 10, 2));
        var v = Report(fixture, new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)).Networks.Single(n => n.Facts.Network == "Facebook");
        Assert.Equal([false, false, true], v.Facts.Months.Select(m => m.Covered));
        Assert.True(v.Facts.Months[1].Partial);
        Assert.Null(v.SessionTrend);
        Assert.Contains(v.Reasons, r => r.StartsWith("Too new to show a trend: its data starts on 2025-11-30, so only December of the judged months has data from its first day.", StringComparison.Ordinal));
        Assert.DoesNotContain(v.Reasons, r => r.Contains("4 →", StringComparison.Ordinal));
        Assert.All(v.Facts.Weeks, w => Assert.True(w.Start >= new DateOnly(2025, 12, 1)));

        // With two whole months after the partial one, the trend uses those and says the partial month is left out.
        var longer = new LedgerFixture().Visits("Facebook", new DateOnly(2025, 11, 30), new DateOnly(2026, 1, 31), i => (i == 0 ? 4 : 120, 2, 0));
        longer.Visits("Organic Search", new DateOnly(2025, 11, 30), new DateOnly(2026, 1, 31), _ => (400, 10, 2));
        var w = Report(longer, new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 31)).Networks.Single(n => n.Facts.Network == "Facebook");
        Assert.Contains(w.Reasons, r => r.Contains("(— → 3,720 → 3,720 a month; data starts on 2025-11-30, so November 2025 is partial and left out)", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_one_judged_month_is_too_short_for_a_trend_not_too_new()
    {
        // The bug: --months 1 on data since 1 September said "Too new … its data starts on 2026-09-01, so only October … has data".
        var fixture = new LedgerFixture().Visits("Facebook", new DateOnly(2026, 9, 1), To, _ => (100, 3, 0));
        fixture.Visits("Organic Search", new DateOnly(2026, 9, 1), To, _ => (400, 10, 2));
        var v = Report(fixture, new DateOnly(2026, 10, 1), To).Networks.Single();
        Assert.Contains("One month (October 2026) is too short to show a trend: judge two months or more to see one.", v.Reasons);
        Assert.DoesNotContain(v.Reasons, r => r.Contains("Too new", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_a_workspace_without_customers_or_other_traffic_gets_dashes_and_no_comparison()
    {
        // The bug: "0% of customers (0)" with no customers anywhere, and "against the rest's —: no real difference yet" with one network.
        var fixture = new LedgerFixture().Visits("Facebook", From, To, _ => (100, 3, 0));
        var v = Report(fixture, From, To).Networks.Single();
        Assert.Contains(v.Reasons, r => r.StartsWith("100% of sessions (9,200), 100% of contacts (276), customers — (none recorded in the workspace over these months; if some are missing, import customers or deals", StringComparison.Ordinal));
        Assert.DoesNotContain(v.Reasons, r => r.Contains("0% of customers", StringComparison.Ordinal));
        Assert.DoesNotContain(v.Reasons, r => r.Contains("against the rest's", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_a_big_network_with_a_really_lower_contact_rate_is_no_traffic_driver_and_a_cut_one_is_an_underperformer()
    {
        // The bug: "Reddit — traffic-driver" at a 0.3 % contact rate, and "Facebook — traffic-driver — CUT".
        var fixture = new LedgerFixture().Visits("Reddit", From, To, i => (300, i % 3 == 0 ? 1 : 0, 0));
        fixture.Visits("Facebook", From, To, i => (Math.Max(50, 400 - (4 * i)), 0, 0));
        fixture.Visits("Organic Search", From, To, _ => (400, 12, 2));
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            fixture.Money.Add(new MoneyDay(day, "Facebook", "(not set)", MoneyKind.AdSpend, "USD", 20));
        }

        var report = Report(fixture, From, To, VerdictRulesTests.Tried("Facebook", To));
        var reddit = report.Networks.Single(n => n.Facts.Network == "Reddit");
        Assert.InRange(reddit.Facts.SessionShare, VerdictRules.SmallShare, VerdictRules.MajorShare);
        Assert.NotEqual(NetworkRole.TrafficDriver, reddit.Role);
        var facebook = report.Networks.Single(n => n.Facts.Network == "Facebook");
        Assert.Equal(Recommendation.Cut, facebook.Recommendation);
        Assert.Equal(NetworkRole.Underperformer, facebook.Role);
    }

    [Fact]
    public void Regression_the_best_and_the_worst_campaign_are_never_the_same()
    {
        // The bug: TikTok's bestCampaign and worstCampaign were both "creator-collab": one large campaign had both the highest lower bound and the lowest upper bound.
        var fixture = new LedgerFixture().Visits("TikTok", From, To, _ => (300, 6, 0), "creator-collab");
        fixture.Visits("TikTok", From, From.AddDays(1), _ => (20, 0, 0), "teaser");
        fixture.Visits("Organic Search", From, To, _ => (400, 10, 2));
        var v = Report(fixture, From, To).Networks.Single(n => n.Facts.Network == "TikTok");
        Assert.True(v.BestCampaign is null || v.BestCampaign != v.WorstCampaign);
        Assert.Equal("creator-collab", v.BestCampaign?.Campaign);
        Assert.Equal("teaser", v.WorstCampaign?.Campaign);

        var one = new LedgerFixture().Visits("TikTok", From, To, _ => (300, 6, 0), "creator-collab");
        one.Visits("TikTok", From, From.AddDays(1), _ => (20, 1, 0), "teaser");
        one.Visits("Organic Search", From, To, _ => (400, 10, 2));
        var same = Report(one, From, To).Networks.Single(n => n.Facts.Network == "TikTok");
        Assert.True(same.BestCampaign is null || (same.BestCampaign != same.WorstCampaign && same.BestCampaign.Rate.Rate > same.WorstCampaign!.Rate.Rate));
    }
}
