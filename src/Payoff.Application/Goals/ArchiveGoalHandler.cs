using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>Archives a goal (<c>payoff goal archive</c>, <c>POST /api/goals/{id}/archive</c>): it leaves the goals report and the list.</summary>
public sealed class ArchiveGoalHandler(IStore store) : IApplicationHandler
{
    /// <summary>Archives goal <paramref name="id"/>; false when the workspace has no such active goal.</summary>
    public async Task<bool> HandleAsync(Workspace workspace, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        bool archived;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            archived = await session.Goals.ArchiveAsync(workspace, id, cancellationToken);
        }

        if (archived)
        {
            store.Changed();
        }

        return archived;
    }
}
