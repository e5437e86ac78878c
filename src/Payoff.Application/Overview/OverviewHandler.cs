using Payoff.Application.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>
/// Builds the overview: one ledger read covering the period and the as many days before, the days before that
/// have data, the networks' ROI of both and the goals tracked today. The verdict beside it is
/// <see cref="Verdict.VerdictHandler"/>'s (the dashboard keeps it for an hour).
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (goals are tracked to today).</param>
public sealed class OverviewHandler(IStore store, TimeProvider time) : ReportHandler<OverviewRequest, OverviewReport>(store)
{
    /// <summary>Builds the overview in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    public override async Task<OverviewReport> HandleAsync(IStoreSession session, Workspace workspace, OverviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var range = request.Range;
        var previous = range.PreviousPeriod();
        var both = new DateRange(previous.From, range.To);
        var data = await session.Ledger.ReadAsync(workspace, both, cancellationToken);
        var currency = workspace.Currency;
        var ledger = Ledger.Build(data, currency, both);
        var byDay = ledger.Entries.Where(e => range.Contains(e.Day)).GroupBy(e => e.Day).ToDictionary(g => g.Key, g => g.Aggregate(LedgerTotals.Zero, (t, e) => t.Add(e)));
        var days = Enumerable.Range(0, range.Days).Select(i => byDay.GetValueOrDefault(range.From.AddDays(i)) ?? LedgerTotals.Zero).ToList();
        var roi = RoiReportBuilder.Build(Ledger.Build(data, currency, range), currency, RoiGrouping.Network);
        var roiBefore = RoiReportBuilder.Build(Ledger.Build(data, currency, previous), currency, RoiGrouping.Network);
        var coverage = Coverage.Of(previous, await session.DataDays.ReadAsync(workspace, previous, cancellationToken));
        var goals = await GoalsHandler.TrackAsync(session, workspace, time, cancellationToken);
        return new OverviewReport(
            range,
            currency,
            ledger.Sum(e => range.Contains(e.Day)),
            ledger.Sum(e => previous.Contains(e.Day)),
            days,
            roi,
            roiBefore.SocialNetworks,
            coverage,
            goals);
    }
}
