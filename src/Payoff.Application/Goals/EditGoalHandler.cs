using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>Changes a goal (<c>payoff goal edit</c>, <c>PUT /api/goals/{id}</c>, the Goals page's form) and checks it again.</summary>
public sealed class EditGoalHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>
    /// Applies <paramref name="request"/> to goal <paramref name="id"/> (fields left out keep their values), stores it and
    /// returns it with its SMART check; null when the workspace has no such goal.
    /// </summary>
    /// <exception cref="RequestException">The changed goal is wrong; the message says why.</exception>
    public async Task<CheckedGoal?> HandleAsync(Workspace workspace, long id, GoalRequest request, RequestValues names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(names);
        CheckedGoal result;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            if (await session.Goals.FindAsync(workspace, id, cancellationToken) is not { } existing)
            {
                return null;
            }

            var goal = await GoalWrite.BuildAsync(session, workspace, request, names, existing, time, cancellationToken);
            await session.Goals.UpdateAsync(workspace, goal, cancellationToken);
            result = new CheckedGoal(goal, await GoalWrite.CheckAsync(session, workspace, goal, time, cancellationToken));
        }

        store.Changed();
        return result;
    }
}
