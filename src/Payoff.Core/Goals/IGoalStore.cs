using Payoff.Core.Workspaces;

namespace Payoff.Core.Goals;

/// <summary>SMART goals of a workspace.</summary>
/// <remarks>
/// Ids are assigned by the store. Archived goals are kept (their history stays readable) and listed only when asked.
/// </remarks>
public interface IGoalStore
{
    /// <summary>Stores a new goal and returns it with its id.</summary>
    Task<Goal> AddAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default);

    /// <summary>Replaces a goal of the workspace; false when it has no such goal.</summary>
    Task<bool> UpdateAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default);

    /// <summary>Archives a goal; false when it has no such goal.</summary>
    Task<bool> ArchiveAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The goal with this id in the workspace, or null.</summary>
    Task<Goal?> FindAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The workspace's live goals (or archived ones), by id.</summary>
    Task<IReadOnlyList<Goal>> ListAsync(Workspace workspace, bool archived = false, CancellationToken cancellationToken = default);
}
