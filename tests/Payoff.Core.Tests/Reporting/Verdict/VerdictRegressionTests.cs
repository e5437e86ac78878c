using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Statistics;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting.Verdict;

/// <summary>The verdict faults of issue 13, each on the workspace that showed it.</summary>
public sealed class VerdictRegressionTests
{
    private static readonly DateOnly From = new(2026, 8, 1);
    private static readonly DateOnly To = new(2026, 10, 31);
    private static readonly DateOnly September = new(2026, 9, 1);
    private static readonly DateOnly October = new(2026, 10, 1);

    private static NetworkVerdict Verdict(LedgerFixture fixture, string network, bool organic = true, ContentEvidence? content = null)
    {
        if (organic)
        {
            fixture.Visits("Organic Search", From, To, _ => (400, 10, 2));
        }

        var report = VerdictReportBuilder.Build(fixture.Build(From, To), "USD", new VerdictPeriod(new DateRange(From, To)), [], DataCoverage.Of(fixture.Web), content);
        return report.Networks.Single(v => v.Facts.Network == network);
    }

    private static void Spend(LedgerFixture fixture, string network, decimal perDay, MoneyKind kind = MoneyKind.AdSpend)
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            fixture.Money.Add(new MoneyDay(day, network, "(not set)", kind, "USD", perDay));
        }
    }

    private static long PerMonth(DateOnly from, int i, long aug, long sep, long oct)
    {
        var day = from.AddDays(i);
        var (month, days) = day.Month switch { 8 => (aug, 31), 9 => (sep, 30), _ => (oct, 31) };
        return (month / days) + (day.Day <= month % days ? 1 : 0);
    }

    [Fact]
    public void Regression_months_before_a_workspaces_first_data_are_no_data_not_zeros()
    {
        // The bug: events start on 1 September; judged over August–October, "Sessions rose +75 % a month (0 → 700 → 700)".
        var fixture = new LedgerFixture().Visits("Facebook", September, To, i => (PerMonth(September, i, 0, 700, 700), i % 3 == 0 ? 1 : 0, 0));
        fixture.Visits("Organic Search", September, To, _ => (400, 10, 2));
        var v = Verdict(fixture, "Facebook", organic: false);
        Assert.Equal(September, v.Facts.FirstDay);
        Assert.Equal(2, v.Facts.CoveredMonths);
        Assert.DoesNotContain(v.Reasons, r => r.Contains("rose", StringComparison.Ordinal));
        Assert.Contains(v.Reasons, r => r.Contains("Sessions held steady, or were too few to tell, over 9 covered weeks (— → 700 → 700 a month; no data before 2026-09-01)", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_a_network_that_fell_150_100_50_visits_a_month_is_said_to_fall()
    {
        var fixture = new LedgerFixture().Visits("Pinterest", From, To, i => (PerMonth(From, i, 150, 100, 50), 0, 0));
        var v = Verdict(fixture, "Pinterest");
        Assert.Equal(TrendDirection.Falling, v.SessionDirection);
        Assert.Contains(v.Reasons, r => r.StartsWith("Sessions fell about", StringComparison.Ordinal) && r.Contains("(150 → 100 → 50 a month)", StringComparison.Ordinal));
        Assert.True(v.Trend < 0);
    }

    [Fact]
    public void A_network_with_fewer_than_two_covered_months_is_too_new_to_show_a_trend()
    {
        var fixture = new LedgerFixture().Visits("TikTok", October, To, _ => (40, 1, 0));
        var v = Verdict(fixture, "TikTok");
        Assert.Null(v.SessionTrend);
        Assert.Contains("Too new to show a trend: its data starts on 2026-10-01, so only October of the judged months has data from its first day.", v.Reasons);
    }

    [Fact]
    public void Regression_contacts_0_0_2_a_month_are_noise_not_a_rise()
    {
        var fixture = new LedgerFixture().Visits("X", From, To, i => (50, From.AddDays(i) is { Month: 10, Day: 5 or 20 } ? 1 : 0, 0));
        var v = Verdict(fixture, "X");
        Assert.Equal(TrendDirection.Steady, v.ContactDirection);
        Assert.Contains(v.Reasons, r => r.Contains("contacts held steady, or were too few to tell", StringComparison.Ordinal));
    }

    [Fact]
    public void Regression_a_network_with_a_high_roi_is_never_an_underperformer_and_scale_is_never_beside_a_fall()
    {
        // The bug: "Instagram — underperformer — SCALE", and "contacts fell 16 % a month … it is not declining: scale it".
        var fixture = new LedgerFixture().Visits("Instagram", From, To, i => (60, i < 30 ? 3 : i < 60 ? 2 : 1, 0));
        Spend(fixture, "Instagram", 10);
        Spend(fixture, "Instagram", 100, MoneyKind.Revenue);
        var v = Verdict(fixture, "Instagram");
        Assert.NotEqual(NetworkRole.Underperformer, v.Role);
        Assert.Equal(TrendDirection.Falling, v.ContactDirection);
        Assert.NotEqual(Recommendation.Scale, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("But its contacts are falling: keep it", StringComparison.Ordinal));
        Assert.DoesNotContain(v.Reasons, r => r.Contains("not falling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_costly_falling_network_with_no_contacts_is_cut_with_the_money_it_would_save()
    {
        var fixture = new LedgerFixture().Visits("X", From, To, i => (PerMonth(From, i, 3000, 2000, 1000), 0, 0));
        Spend(fixture, "X", 10);
        var v = Verdict(fixture, "X", content: VerdictRulesTests.Tried("X", To));
        Assert.Equal(Recommendation.Cut, v.Recommendation);
        Assert.Equal(920m / 3, v.MonthlySaving);
        Assert.Contains(v.Reasons, r => r.Contains("It costs money every month (310.00 USD, 300.00 USD, 310.00 USD), brought no contacts, its sessions are falling", StringComparison.Ordinal)
            && r.Contains("That saves about 306.67 USD a month.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_costly_falling_network_with_no_contacts_run_on_staff_time_reduces_time()
    {
        var fixture = new LedgerFixture().Visits("Facebook", From, To, i => (PerMonth(From, i, 3000, 2000, 1000), 0, 0));
        fixture.Recurrences.Add(new TimeRecurrence(1, "Facebook", string.Empty, 60, DayPattern.Weekdays, From));
        fixture.Rates.Add(new HourlyRate(string.Empty, 20m, "USD"));
        var v = Verdict(fixture, "Facebook");
        Assert.Equal(Recommendation.ReduceTime, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("spend less time on it. Halving its staff time saves about", StringComparison.Ordinal));
        Assert.True(v.MonthlySaving > 0);
    }

    [Fact]
    public void Regression_leads_several_times_dearer_than_the_others_are_said_plainly_and_weigh_in()
    {
        // The demo: TikTok at 67–75 USD a lead against 2–12 USD on the other networks, yet told to scale or keep without a word.
        var fixture = new LedgerFixture()
            .Visits("TikTok", From, To, i => (40, i % 7 == 0 ? 1 : 0, 0))
            .Visits("Facebook", From, To, i => (300, 6, 1));
        Spend(fixture, "TikTok", 10);
        Spend(fixture, "TikTok", 25, MoneyKind.Revenue);
        Spend(fixture, "Facebook", 20);
        var v = Verdict(fixture, "TikTok");
        Assert.Contains(v.Reasons, r => r.StartsWith("Its leads cost 65.71 USD each, 19.7 times the other networks' 3.33 USD: far dearer.", StringComparison.Ordinal));
        Assert.Equal(Recommendation.Keep, v.Recommendation);
        Assert.Contains(v.Reasons, r => r.Contains("add no budget until its cost per lead comes down", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_000_linkedin_is_never_cut_for_low_volume_when_its_rate_is_better()
    {
        var fixture = new LedgerFixture().Visits("LinkedIn", From, To, i => (i < 46 ? 12 : 6, i % 3 == 0 ? 2 : 1, 0), "Announcements");
        Spend(fixture, "LinkedIn", 5);
        var v = Verdict(fixture, "LinkedIn");
        Assert.Equal(NetworkRole.LeadGenerator, v.Role);
        Assert.DoesNotContain(v.Recommendation, new[] { Recommendation.Cut, Recommendation.ReduceTime });
    }

    [Fact]
    public void Regression_no_figure_without_data_reach_roi_and_cost_per_lead_print_a_dash_and_what_to_import()
    {
        // The bug: "0 % of reach" with no reach imported for the network, and "cost per lead 0.00" with no cost.
        var fixture = new LedgerFixture().Visits("YouTube", From, To, _ => (50, 1, 0)).Daily("Facebook", "reach", From, To, _ => 1000);
        fixture.Visits("Facebook", From, To, _ => (50, 1, 0));
        var v = Verdict(fixture, "YouTube");
        Assert.DoesNotContain(v.Reasons, r => System.Text.RegularExpressions.Regex.IsMatch(r, @"[0-9.]+ ?% of (social )?reach"));
        Assert.Contains(v.Reasons, r => r.Contains("reach — (no reach imported for it: import its account export with payoff import auto FILE to see it)", StringComparison.Ordinal));
        Assert.Contains("No costs, revenue or value recorded (ROI —, cost per lead —): log its time (payoff time log) and import its ad spend (payoff import auto FILE) to see them.", v.Reasons);

        var noLeads = new LedgerFixture().Visits("Reddit", From, To, _ => (50, 0, 0));
        Spend(noLeads, "Reddit", 3);
        Assert.Contains(Verdict(noLeads, "Reddit").Reasons, r => r.Contains("cost per lead — (no contacts yet)", StringComparison.Ordinal));
    }
}
