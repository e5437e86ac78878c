using Payoff.Application.Goals;
using Payoff.Application.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>
/// Builds "What to do now" for the CLI and the API from <see cref="VerdictHandler"/>'s verdict (without goals) and the
/// workspace's goals tracked today, in one session; the overview page builds the same lines from the verdict and goals it shows.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="verdicts">The verdict's handler.</param>
/// <param name="time">The clock (goals are tracked to today, in the workspace's time zone).</param>
public sealed class NextActionsHandler(IStore store, VerdictHandler verdicts, TimeProvider time) : ReportHandler<VerdictRequest, NextActionsReport>(store)
{
    /// <summary>Builds the lines in <paramref name="session"/> over <paramref name="request"/>'s months.</summary>
    public override async Task<NextActionsReport> HandleAsync(IStoreSession session, Workspace workspace, VerdictRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var verdict = await verdicts.HandleAsync(session, workspace, request with { WithGoals = false }, cancellationToken);
        var goals = await GoalsHandler.TrackAsync(session, workspace, time, cancellationToken);
        var today = workspace.Calendar.Today(time);
        return new NextActionsReport(verdict.Period, verdict.Currency, today, NextActions.Build(verdict, goals, today));
    }
}
