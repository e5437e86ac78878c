using Payoff.Application.Benchmark;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Networks;

/// <summary>
/// Builds one network's page from one ledger read and one ledger build: the widest window its ledger figures need — the page's range (ROI
/// per campaign), the goals' history (<see cref="GoalService.HistoryRange"/>: the network's goals under the benchmark,
/// every active goal for the verdict) and the verdict's months (a channel's comparison months) — each figure then taken
/// from its own days (<see cref="Ledger.Within"/>) by the same code as its own report
/// (<see cref="GoalService.Track(Ledger, IReadOnlyList{Goal}, DateOnly)"/>, <see cref="RoiReportBuilder.Build"/>,
/// <see cref="VerdictReportBuilder.Build(Ledger, string, VerdictPeriod, IReadOnlyList{GoalProgress}, DataCoverage, ContentEvidence)"/>,
/// <see cref="ChannelComparison.Build"/>), so it equals <see cref="BenchmarkHandler"/>'s, <see cref="RoiHandler"/>'s and
/// <see cref="Verdict.VerdictHandler"/>'s. The benchmark's months and the social metrics are read from the sources as
/// those reports read them.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (goals are tracked to today; the verdict drops the month in progress).</param>
/// <param name="social">The social report's handler.</param>
public sealed class NetworkPageHandler(IStore store, TimeProvider time, SocialHandler social) : ReportHandler<NetworkPageRequest, NetworkPageResult>(store)
{
    /// <summary>Builds the page in <paramref name="session"/> (the page's own session: sessions never nest).</summary>
    /// <exception cref="Requests.RequestException">The network is unknown (the message names <see cref="NetworkPageRequest.NetworkName"/>).</exception>
    /// <exception cref="ArgumentException">The verdict's months cannot be judged (<see cref="VerdictPeriod.Refusal"/>).</exception>
    public override async Task<NetworkPageResult> HandleAsync(IStoreSession session, Workspace workspace, NetworkPageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var benchmark = await BenchmarkHandler.ReportAsync(session, workspace, new BenchmarkRequest(request.Range.To, BenchmarkRequest.DefaultMonths, request.Name) { NetworkName = request.NetworkName }, cancellationToken);
        var resolved = benchmark.Query.Network;
        var channel = request.Channel;
        var today = workspace.Calendar.Today(time);
        var active = await session.Goals.ListAsync(workspace, cancellationToken: cancellationToken);
        var shown = BenchmarkHandler.Shown(active, resolved);
        var judged = channel is null ? VerdictReportBuilder.Judged(request.Period, today) : null;
        var window = request.Range.Span(channel is null ? judged!.Range : request.Period.Range);
        foreach (var history in new[] { GoalService.HistoryRange(shown, today), judged is null ? null : GoalService.HistoryRange(active, today) })
        {
            window = history is null ? window : window.Span(history);
        }

        // The verdict's coverage comes with the ledger read: one statement, not two.
        var (data, coverage) = judged is null
            ? (await session.Ledger.ReadAsync(workspace, window, cancellationToken), (DataCoverage?)null)
            : await session.Ledger.ReadWithCoverageAsync(workspace, window, cancellationToken);
        var currency = workspace.Currency;
        var wide = Ledger.Build(data, currency, window);
        var socialResult = await social.HandleAsync(session, workspace, new SocialRequest(request.Range, SocialGrouping.Month), cancellationToken);
        var roi = new RoiResult(RoiReportBuilder.Build(wide.Within(request.Range), currency, RoiGrouping.Campaign, resolved), workspace.Name, RoiReport.FirstTouch, null);
        IReadOnlyList<GoalProgress>? everyGoal = null;
        VerdictReport? verdict = null;
        ChannelComparison? comparison = null;
        if (judged is not null)
        {
            everyGoal = GoalService.Track(wide, active, today);
            verdict = await ContentEvidence.GateAsync(
                evidence => VerdictReportBuilder.Build(wide.Within(judged.Range), currency, judged, everyGoal, coverage!, evidence),
                () => ContentEvidence.ReadAsync(session.Content, session.Experiments, workspace, judged, today, cancellationToken));
        }
        else
        {
            comparison = ChannelComparison.Build(wide.Within(request.Period.Range), request.Period, channel!, currency);
        }

        // A goal's forecast depends on the history tracked with it, so the verdict's progress is reused only when the
        // benchmark's goals span the same history.
        var progress = everyGoal is not null && GoalService.HistoryRange(shown, today) == GoalService.HistoryRange(active, today)
            ? [.. everyGoal.Where(p => shown.Contains(p.Goal))]
            : GoalService.Track(wide, shown, today);
        return new NetworkPageResult(resolved ?? request.Name, channel, new BenchmarkResult(benchmark, workspace.Name, progress), socialResult, roi, verdict, comparison);
    }
}
