using Payoff.Core.Workspaces;

namespace Payoff.Core.Goals;

/// <summary>SMART goals of a workspace.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Ids are assigned by the store, increasing; goals are listed by id (oldest first).</item>
/// <item>Archived goals are kept (their history stays readable) and listed only when asked; archiving an archived goal
/// returns false.</item>
/// <item>A goal belongs to its workspace: another workspace neither finds, changes nor archives it.</item>
/// <item>Targets, baselines and budgets come back exactly as stored (decimals); days are calendar days of the goal.</item>
/// </list>
/// </remarks>
public interface IGoalStore
{
    /// <summary>Stores a new goal and returns it with its id.</summary>
    Task<Goal> AddAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default);

    /// <summary>Replaces a goal of the workspace; false when it has no such goal.</summary>
    Task<bool> UpdateAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default);

    /// <summary>Archives a goal; false when it has no such goal or the goal is archived already.</summary>
    Task<bool> ArchiveAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The goal with this id in the workspace, or null.</summary>
    Task<Goal?> FindAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The workspace's live goals (or archived ones), by id.</summary>
    Task<IReadOnlyList<Goal>> ListAsync(Workspace workspace, bool archived = false, CancellationToken cancellationToken = default);
}
