using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting.Verdict;

/// <summary>One definition of the judged months, for the CLI, the API, the overview and the network pages.</summary>
public sealed class VerdictPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void By_default_the_verdict_judges_the_last_three_complete_months()
    {
        var period = VerdictPeriod.Default(Today);
        Assert.Equal(new DateRange(new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 31)), period.Range);
        Assert.Equal("August–October 2026", period.Heading);
        Assert.Null(period.Note);
        Assert.Equal(3, period.Months);
    }

    [Fact]
    public void Regression_the_network_page_judged_the_current_incomplete_month()
    {
        // The bug: the network page ended its months with the range's last day (today's month), the overview and the CLI with last month.
        Assert.Equal(VerdictPeriod.Default(Today), VerdictPeriod.Resolve(Today, null));
        Assert.DoesNotContain("November", VerdictPeriod.Resolve(Today, null).Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picked_range_is_cut_to_the_whole_months_inside_it_and_says_so()
    {
        var period = VerdictPeriod.Resolve(Today, new DateRange(new DateOnly(2026, 5, 15), new DateOnly(2026, 9, 10)));
        Assert.Equal(new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31)), period.Range);
        Assert.Equal("The verdict judges whole months only: June–August 2026, the whole months inside 2026-05-15..2026-09-10.", period.Note);

        var whole = VerdictPeriod.Resolve(Today, new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)));
        Assert.Equal("December 2025–January 2026", whole.Heading);
        Assert.Null(whole.Note);
    }

    [Fact]
    public void A_range_with_no_whole_month_falls_back_to_the_default_and_says_why()
    {
        var period = VerdictPeriod.Resolve(Today, new DateRange(new DateOnly(2026, 10, 22), new DateOnly(2026, 11, 20)));
        Assert.Equal(VerdictPeriod.Default(Today).Range, period.Range);
        Assert.Equal("2026-10-22..2026-11-20 holds no whole month, and the verdict judges whole months only: it judges August–October 2026, the last 3 complete months.", period.Note);
    }

    [Fact]
    public void A_month_and_months_ending_with_one_are_whole()
    {
        Assert.Equal("October 2026", VerdictPeriod.Ending(new DateOnly(2026, 10, 17), 1).Heading);
        Assert.Equal(new DateOnly(2024, 2, 29), VerdictPeriod.Ending(new DateOnly(2024, 2, 1), 2).Range.To);
        Assert.Throws<ArgumentOutOfRangeException>(() => VerdictPeriod.Ending(Today, 0));
    }
}
