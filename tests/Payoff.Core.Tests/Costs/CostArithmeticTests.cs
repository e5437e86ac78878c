using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Tests.Goals;

namespace Payoff.Core.Tests.Costs;

public sealed class CostArithmeticTests
{
    [Fact]
    public void Seed_004_ten_dollars_an_hour_thirty_minutes_every_weekday_is_1300_a_year()
    {
        var (hours, cost) = TimeCostCalculator.Cost(10m, 30m, DayPattern.Weekdays, TimeCostCalculator.Weeks("year")!.Value, "USD");
        Assert.Equal((130m, 1300m), (hours, cost));
        Assert.True(DayPattern.TryParse("mon,wed,fri", out var three));
        Assert.Equal((39m, 390m), TimeCostCalculator.Cost(10m, 30m, three!, 26m, "USD"));
        Assert.False(DayPattern.TryParse("someday", out _));
    }

    [Fact]
    public void Recurring_and_logged_time_is_priced_per_person_else_at_the_workspace_rate()
    {
        var fixture = new LedgerFixture();
        fixture.Recurrences.Add(new TimeRecurrence(1, "Facebook", string.Empty, 30, DayPattern.Weekdays, new DateOnly(2026, 6, 1)));
        fixture.Time.Add(new TimeEntry(2, "LinkedIn", "Ana", new DateOnly(2026, 6, 3), 90));
        fixture.Rates.Add(new HourlyRate(string.Empty, 10m, "USD"));
        fixture.Rates.Add(new HourlyRate("Ana", 40m, "EUR"));
        fixture.CurrencyRates.Add(new CurrencyRate("EUR", new DateOnly(2000, 1, 1), 1.10m));
        var ledger = fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

        // June 2026 has 22 weekdays: 11 hours at 10 USD. Ana: 1.5 h at 40 EUR × 1.10.
        var facebook = ledger.Sum(e => e.Network == "Facebook");
        var linkedIn = ledger.Sum(e => e.Network == "LinkedIn");
        Assert.Equal((11m, 110m), (facebook.TimeHours, facebook.TimeCost));
        Assert.Equal((1.5m, 66m), (linkedIn.TimeHours, linkedIn.TimeCost));
        Assert.Empty(ledger.Warnings);
    }

    [Fact]
    public void Amounts_convert_with_the_rate_in_force_on_their_day_and_an_unknown_currency_is_left_out_with_a_warning()
    {
        var converter = new CurrencyConverter("PLN", [new CurrencyRate("EUR", new DateOnly(2026, 1, 1), 4.30m), new CurrencyRate("EUR", new DateOnly(2026, 6, 1), 4.25m)]);
        Assert.Equal(430m, converter.Convert(100m, "EUR", new DateOnly(2026, 5, 31)));
        Assert.Equal(425m, converter.Convert(100m, "EUR", new DateOnly(2026, 6, 1)));
        Assert.Equal(100m, converter.Convert(100m, "PLN", new DateOnly(2026, 6, 1)));
        Assert.Null(converter.Convert(100m, "USD", new DateOnly(2026, 6, 1)));

        var fixture = new LedgerFixture();
        fixture.Money.Add(new MoneyDay(new DateOnly(2026, 6, 2), "Facebook", "(not set)", MoneyKind.AdSpend, "USD", 50m));
        var ledger = fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), "PLN");
        Assert.Equal(0m, ledger.Sum().AdSpend);
        Assert.Contains(ledger.Warnings, w => w.Contains("Ad spend in USD is left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Fees_spread_over_their_months_days_and_split_by_shares()
    {
        var fixture = new LedgerFixture();
        fixture.Fees.Add(new Fee(1, "Scheduler", 90m, "USD", new Dictionary<string, decimal> { ["Facebook"] = 2, ["LinkedIn"] = 1 }, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)));
        var ledger = fixture.Build(new DateOnly(2026, 5, 16), new DateOnly(2026, 7, 15));
        Assert.Equal(60m, decimal.Round(ledger.Sum(e => e.Network == "Facebook").OtherCost, 10));
        Assert.Equal(30m, decimal.Round(ledger.Sum(e => e.Network == "LinkedIn").OtherCost, 10));
        var half = fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15));
        Assert.Equal(45m, decimal.Round(half.Sum().OtherCost, 10));
    }

    [Fact]
    public void Roi_roas_cpl_and_cac_match_hand_computed_numbers_and_rows_add_up_to_the_totals()
    {
        var day = new DateOnly(2026, 6, 10);
        var fixture = new LedgerFixture();
        fixture.Web.Add(new WebDay(day, "LinkedIn", "Announcements", 200, 20, 4));
        fixture.Web.Add(new WebDay(day, "LinkedIn", "Groups", 300, 6, 1));
        fixture.Money.Add(new MoneyDay(day, "LinkedIn", "Announcements", MoneyKind.Revenue, "USD", 1000m));
        fixture.Money.Add(new MoneyDay(day, "LinkedIn", "Announcements", MoneyKind.AdSpend, "USD", 150m));
        fixture.Conversions.Add(new ConversionDay(day, "LinkedIn", "Groups", "newsletter", 10));
        fixture.Values.Add(new AssignedValue("newsletter", 5m, "USD"));
        fixture.Time.Add(new TimeEntry(1, "LinkedIn", string.Empty, day, 300));
        fixture.Rates.Add(new HourlyRate(string.Empty, 20m, "USD"));
        var ledger = fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

        var byNetwork = RoiReportBuilder.Build(ledger, "USD", RoiGrouping.Network);
        var t = Assert.Single(byNetwork.Rows).Totals;

        // Cost = 150 ads + 5 h × 20 = 250. Return = 1,000 revenue + 10 × 5 value = 1,050.
        Assert.Equal((250m, 1050m), (t.TotalCost, t.Return));
        Assert.Equal(3.2m, t.Roi);
        Assert.Equal(1000m / 150m, t.Roas);
        Assert.Equal(250m / 26m, t.CostPerLead);
        Assert.Equal(50m, t.CostPerCustomer);
        Assert.Equal(0.5m, t.CostPerVisit);
        Assert.Equal(2.1m, t.ValuePerVisit);
        Assert.Equal("first-touch", byNetwork.Model);

        var byCampaign = RoiReportBuilder.Build(ledger, "USD", RoiGrouping.Campaign);
        Assert.Equal(["Announcements", "(not set)", "Groups"], byCampaign.Rows.Select(r => r.Campaign ?? "(not set)"));
        Assert.Equal(t.TotalCost, byCampaign.Rows.Sum(r => r.Totals.TotalCost));
        Assert.Equal(t.Return, byCampaign.Rows.Sum(r => r.Totals.Return));
        Assert.Equal(byCampaign.Totals, t);
    }

    [Fact]
    public void A_visit_value_makes_every_session_worth_something()
    {
        var fixture = new LedgerFixture().Visits("Pinterest", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), _ => (1000, 0, 0));
        fixture.Values.Add(new AssignedValue(AssignedValue.Visit, 0.02m, "USD"));
        var totals = fixture.Build(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)).Sum();
        Assert.Equal(200m, totals.Value);
        Assert.Equal(0.02m, totals.ValuePerVisit);
    }

    [Fact]
    public void Regression_a_channel_without_any_cost_has_no_cost_per_visit_lead_or_customer_not_zero()
    {
        // Issue 13: 'report roi' printed CPL, CAC and cost per visit 0.00 for Organic Search, Email and Direct, which carry no cost.
        var organic = new LedgerTotals { Sessions = 2_800, Contacts = 60, Customers = 12, Revenue = 5_000m };

        Assert.Equal((null, null, null, null), (organic.CostPerVisit, organic.CostPerLead, organic.CostPerCustomer, organic.Roi));
        Assert.Equal(5_000m / 2_800m, organic.ValuePerVisit);
    }
}
