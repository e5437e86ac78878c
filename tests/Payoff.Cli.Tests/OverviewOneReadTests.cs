using Payoff.Application.Goals;
using Payoff.Application.Overview;
using Payoff.Application.Verdict;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;
using static Payoff.Cli.Tests.CountedDemo;

namespace Payoff.Cli.Tests;

/// <summary>The overview computes every figure from one ledger read, and each equals its own report's (issue 16 §2).</summary>
public sealed class OverviewOneReadTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(365)]
    public async Task The_overview_reads_the_ledger_once_and_its_goals_verdict_and_periods_are_the_separate_reports(int days)
    {
        await using var demo = await CountedDemo.CreateAsync(20_000);
        var (cli, store, session, workspace, today) = (demo.Cli, demo.Store, demo.Session, demo.Workspace, demo.Today);
        var range = new DateRange(today.AddDays(1 - days), today);
        var months = VerdictPeriod.Default(today);

        var overview = await new OverviewHandler(store, cli.Time).HandleAsync(session, workspace, new OverviewRequest(range) { Verdict = months });

        Assert.Single(session.Reads);
        session.Reads.Clear();
        var goals = await GoalsHandler.TrackAsync(session, workspace, cli.Time, CancellationToken.None);
        var verdict = await new VerdictHandler(store, cli.Time).HandleAsync(session, workspace, new VerdictRequest(months) { WithGoals = false });
        Assert.NotEmpty(goals);
        Assert.NotEmpty(verdict.Networks);
        Assert.Equal(Json(goals), Json(overview.Goals));
        Assert.Equal(Json(verdict), Json(overview.Verdict));
        foreach (var (period, totals, roi) in new[] { (range, overview.Current, overview.Roi.SocialNetworks), (range.PreviousPeriod(), overview.Previous, overview.PreviousRoi) })
        {
            var ledger = Ledger.Build(await session.Ledger.ReadAsync(workspace, period), workspace.Currency, period);
            Assert.Equal(ledger.Sum(), totals);
            Assert.Equal(Json(RoiReportBuilder.Build(ledger, workspace.Currency, RoiGrouping.Network).SocialNetworks), Json(roi));
        }

        Assert.Equal(Json(RoiReportBuilder.Build(Ledger.Build(await session.Ledger.ReadAsync(workspace, range), workspace.Currency, range), workspace.Currency, RoiGrouping.Network)), Json(overview.Roi));
    }

    [Fact]
    public async Task Goals_the_caller_already_holds_leave_their_history_out_of_the_one_read()
    {
        await using var demo = await CountedDemo.CreateAsync(5_000);
        var (cli, store, session, workspace, today) = (demo.Cli, demo.Store, demo.Session, demo.Workspace, demo.Today);
        var range = new DateRange(today.AddDays(-6), today);
        var goals = await GoalsHandler.TrackAsync(session, workspace, cli.Time, CancellationToken.None);
        session.Reads.Clear();

        var overview = await new OverviewHandler(store, cli.Time).HandleAsync(session, workspace, new OverviewRequest(range) { Goals = goals });

        Assert.Equal([range.PreviousPeriod().Span(range)], session.Reads);
        Assert.Same(goals, overview.Goals);
        Assert.Null(overview.Verdict);
    }
}
