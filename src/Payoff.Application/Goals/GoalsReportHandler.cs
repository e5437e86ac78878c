using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>Tracks every active goal of a workspace (<c>payoff report goals</c>, <c>/api/reports/goals</c>): the one place <see cref="GoalService"/> is constructed for the report.</summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (progress is tracked to today in the workspace's zone).</param>
public sealed class GoalsReportHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>Tracks the goals in a session of its own.</summary>
    public async Task<GoalsReport> HandleAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, cancellationToken);
    }

    /// <summary>Tracks the goals in <paramref name="session"/>.</summary>
    public async Task<GoalsReport> HandleAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        var goals = await session.Goals.ListAsync(workspace, cancellationToken: cancellationToken);
        var rows = await new GoalService(session.Ledger, time).TrackAsync(workspace, goals, cancellationToken);
        return new GoalsReport(workspace.Name, workspace.Currency, workspace.Calendar.Today(time), rows);
    }
}
