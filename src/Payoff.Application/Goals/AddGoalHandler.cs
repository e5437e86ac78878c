using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>Adds a goal (<c>payoff goal add</c>, <c>POST /api/goals</c>, the Goals page's form) and checks it.</summary>
public sealed class AddGoalHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>
    /// Checks <paramref name="request"/> (<see cref="GoalRequest.Apply"/>: metric, one target, dates in order…), stores
    /// the goal and returns it with its SMART check. <paramref name="names"/> spells fields as the host does
    /// (<c>--network</c> on the command line).
    /// </summary>
    /// <exception cref="RequestException">The goal is wrong; the message says why.</exception>
    public async Task<CheckedGoal> HandleAsync(Workspace workspace, GoalRequest request, RequestValues names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(names);
        CheckedGoal result;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var goal = await GoalWrite.BuildAsync(session, workspace, request, names, null, time, cancellationToken);
            goal = await session.Goals.AddAsync(workspace, goal, cancellationToken);
            result = new CheckedGoal(goal, await GoalWrite.CheckAsync(session, workspace, goal, time, cancellationToken));
        }

        store.Changed();
        return result;
    }
}
