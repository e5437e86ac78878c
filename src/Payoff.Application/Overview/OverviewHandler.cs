using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>
/// Builds the overview from one ledger read and one ledger build: the widest window its figures need — the period and as
/// many days before, the goals' history (<see cref="GoalService.HistoryRange"/>, unless the request brings the goals'
/// progress) and the verdict's months when asked — each figure then taken from its own days (<see cref="Ledger.Within"/>)
/// by the same code as its own report (<see cref="GoalService.Track(Ledger, IReadOnlyList{Goal}, DateOnly)"/>,
/// <see cref="VerdictReportBuilder.Build(Ledger, string, VerdictPeriod, IReadOnlyList{GoalProgress}, DataCoverage, ContentEvidence)"/>), so it
/// equals that report's.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (goals are tracked to today; the verdict drops the month in progress).</param>
public sealed class OverviewHandler(IStore store, TimeProvider time) : ReportHandler<OverviewRequest, OverviewReport>(store)
{
    /// <summary>Builds the overview in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    /// <exception cref="ArgumentException">The verdict's months cannot be judged (<see cref="VerdictPeriod.Refusal"/>).</exception>
    public override async Task<OverviewReport> HandleAsync(IStoreSession session, Workspace workspace, OverviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var range = request.Range;
        var previous = range.PreviousPeriod();
        var both = new DateRange(previous.From, range.To);
        var today = workspace.Calendar.Today(time);
        var goals = request.Goals is null ? await session.Goals.ListAsync(workspace, false, cancellationToken) : null;
        var judged = request.Verdict is { } asked ? VerdictReportBuilder.Judged(asked, today) : null;
        var window = both;
        if (goals is not null && GoalService.HistoryRange(goals, today) is { } history)
        {
            window = window.Span(history);
        }

        if (judged is not null)
        {
            window = window.Span(judged.Range);
        }

        // The verdict's coverage comes with the ledger read: one statement, not two.
        var (data, dataCoverage) = judged is null
            ? (await session.Ledger.ReadAsync(workspace, window, cancellationToken), (DataCoverage?)null)
            : await session.Ledger.ReadWithCoverageAsync(workspace, window, cancellationToken);
        var currency = workspace.Currency;
        var wide = Ledger.Build(data, currency, window);
        var current = wide.Within(range);
        var before = wide.Within(previous);
        var byDay = current.Entries.GroupBy(e => e.Day).ToDictionary(g => g.Key, g => LedgerTotals.Sum(g));
        var days = Enumerable.Range(0, range.Days).Select(i => byDay.GetValueOrDefault(range.From.AddDays(i)) ?? LedgerTotals.Zero).ToList();
        var roi = RoiReportBuilder.Build(current, currency, RoiGrouping.Network);
        var roiBefore = RoiReportBuilder.Build(before, currency, RoiGrouping.Network);
        var coverage = Coverage.Of(previous, await session.DataDays.ReadAsync(workspace, previous, cancellationToken));
        var verdict = judged is null ? null : await ContentEvidence.GateAsync(
            evidence => VerdictReportBuilder.Build(wide.Within(judged.Range), currency, judged, [], dataCoverage!, evidence),
            () => ContentEvidence.ReadAsync(session.Content, session.Experiments, workspace, judged, today, cancellationToken));
        return new OverviewReport(
            range,
            currency,
            current.Sum(),
            before.Sum(),
            days,
            roi,
            roiBefore.SocialNetworks,
            coverage,
            request.Goals ?? GoalService.Track(wide, goals!, today))
        {
            Verdict = verdict,
        };
    }
}
