using Payoff.Application.Goals;
using Payoff.Application.Verdict;
using Payoff.Core.Goals;
using Payoff.Core.Reporting.Verdict;
using static Payoff.Cli.Tests.CountedDemo;

namespace Payoff.Cli.Tests;

/// <summary>The verdict reads the ledger once: its months and its goals' history together (issue 16 §2).</summary>
public sealed class VerdictOneReadTests
{
    [Fact]
    public async Task The_verdict_with_goals_reads_its_months_and_the_goals_history_in_one_read()
    {
        await using var demo = await CountedDemo.CreateAsync(5_000);
        var (cli, store, session, workspace, today) = (demo.Cli, demo.Store, demo.Session, demo.Workspace, demo.Today);
        var goals = await session.Goals.ListAsync(workspace);
        var months = VerdictPeriod.Default(today);
        var judged = VerdictReportBuilder.Judged(months, today);
        var history = GoalService.HistoryRange(goals, today);
        Assert.NotNull(history);

        var verdict = await new VerdictHandler(store, cli.Time).HandleAsync(session, workspace, new VerdictRequest(months));

        Assert.Equal([judged.Range.Span(history)], session.Reads);
        var progress = await GoalsHandler.TrackAsync(session, workspace, cli.Time, CancellationToken.None);
        var separate = VerdictReportBuilder.Build(
            Payoff.Core.Ledger.Ledger.Build(await session.Ledger.ReadAsync(workspace, judged.Range), workspace.Currency, judged.Range),
            workspace.Currency,
            judged,
            progress,
            await session.Ledger.ReadCoverageAsync(workspace));
        Assert.Contains(verdict.Networks, n => n.Facts.Goals.Count > 0);
        Assert.Equal(Json(separate), Json(verdict));
    }
}
