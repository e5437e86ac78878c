using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>
/// Reads goals: the list (<c>payoff goal list</c>, <c>GET /api/goals</c>), one goal with its check and progress
/// (<c>payoff goal show</c>, <c>GET /api/goals/{id}</c>) and every active goal's progress (the Goals page,
/// <c>GET /api/reports/goals</c>). The only place goals are tracked with <see cref="GoalService"/> outside a write.
/// </summary>
public sealed class GoalsHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>The workspace's goals, archived ones too when <paramref name="archived"/>, in the store's order.</summary>
    public async Task<IReadOnlyList<Goal>> ListAsync(Workspace workspace, bool archived, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Goals.ListAsync(workspace, archived, cancellationToken);
    }

    /// <summary>Goal <paramref name="id"/> with its SMART check and its progress today; null when there is no such goal.</summary>
    public async Task<(CheckedGoal Goal, GoalProgress Progress)?> ShowAsync(Workspace workspace, long id, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        if (await session.Goals.FindAsync(workspace, id, cancellationToken) is not { } goal)
        {
            return null;
        }

        var service = new GoalService(session.Ledger, time);
        var check = await service.CheckAsync(workspace, goal, cancellationToken);
        var progress = (await service.TrackAsync(workspace, [goal], cancellationToken))[0];
        return (new CheckedGoal(goal, check), progress);
    }

    /// <summary>
    /// The SMART check <paramref name="request"/> would get as a new goal, without storing it (the goal form's live
    /// preview). <paramref name="names"/> spells fields as the host does.
    /// </summary>
    /// <exception cref="RequestException">The goal is wrong; the same message adding it would give.</exception>
    public async Task<SmartCheck> PreviewAsync(Workspace workspace, GoalRequest request, RequestValues names, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var goal = await GoalWrite.BuildAsync(session, workspace, request, names, null, time, cancellationToken);
        return await GoalWrite.CheckAsync(session, workspace, goal, time, cancellationToken);
    }

    /// <summary>Every active goal of the workspace, tracked today.</summary>
    public async Task<IReadOnlyList<GoalProgress>> TrackAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await TrackAsync(session, workspace, cancellationToken);
    }

    /// <summary>Every active goal of the workspace, tracked today, in a session the caller holds (a page's scope).</summary>
    public Task<IReadOnlyList<GoalProgress>> TrackAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken) =>
        TrackAsync(session, workspace, time, cancellationToken);

    /// <summary>Every active goal of the workspace, tracked on <paramref name="clock"/>'s today, in a session the caller holds.</summary>
    public static async Task<IReadOnlyList<GoalProgress>> TrackAsync(IStoreSession session, Workspace workspace, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var goals = await session.Goals.ListAsync(workspace, false, cancellationToken);
        return await new GoalService(session.Ledger, clock).TrackAsync(workspace, goals, cancellationToken);
    }
}
