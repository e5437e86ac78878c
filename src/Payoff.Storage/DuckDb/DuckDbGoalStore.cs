using Payoff.Core.Goals;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>The workspace's goals.</summary>
public sealed class DuckDbGoalStore(DuckDbDatabase db) : IGoalStore
{
    private const string Columns = "id, name, metric, network, campaign, label, target, target_percent, baseline, start_day, deadline, budget, archived_at";

    /// <summary>Stores a new goal; returns it with its id.</summary>
    internal Goal Add(Workspace workspace, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goal);
        var id = db.Scalar<long>(
            "INSERT INTO goals (workspace_id, name, metric, network, campaign, label, target, target_percent, baseline, start_day, deadline, budget, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            workspace.Id, goal.Name, goal.Metric.Name, goal.Scope.Network, goal.Scope.Campaign, goal.Scope.Label, goal.Target, goal.TargetPercent, goal.Baseline,
            Day(goal.Start), Day(goal.Deadline), goal.Budget, db.Time.GetUtcNow());
        return goal with { Id = id };
    }

    /// <summary>Replaces a stored goal's fields (not its id); false when there is no such goal.</summary>
    internal bool Update(Workspace workspace, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goal);
        return db.Execute(
            "UPDATE goals SET name = $3, metric = $4, network = $5, campaign = $6, label = $7, target = $8, target_percent = $9, baseline = $10, start_day = $11, deadline = $12, budget = $13 WHERE workspace_id = $1 AND id = $2",
            workspace.Id, goal.Id, goal.Name, goal.Metric.Name, goal.Scope.Network, goal.Scope.Campaign, goal.Scope.Label, goal.Target, goal.TargetPercent, goal.Baseline,
            Day(goal.Start), Day(goal.Deadline), goal.Budget) > 0;
    }

    /// <summary>Archives a goal (it leaves the goals report, its history stays); false when there is no such active goal.</summary>
    internal bool Archive(Workspace workspace, long id)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("UPDATE goals SET archived_at = $3 WHERE workspace_id = $1 AND id = $2 AND archived_at IS NULL", workspace.Id, id, db.Time.GetUtcNow()) > 0;
    }

    /// <summary>The goal with <paramref name="id"/>, or null.</summary>
    internal Goal? Find(Workspace workspace, long id)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Read("WHERE workspace_id = $1 AND id = $2", workspace.Id, id).FirstOrDefault();
    }

    /// <summary>The goals, oldest first; archived ones only when asked.</summary>
    internal IReadOnlyList<Goal> List(Workspace workspace, bool archived = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Read(archived ? "WHERE workspace_id = $1 ORDER BY id" : "WHERE workspace_id = $1 AND archived_at IS NULL ORDER BY id", workspace.Id);
    }

    private List<Goal> Read(string where, params object?[] parameters) => db.Query(
        $"SELECT {Columns} FROM goals {where}",
        r => new Goal
        {
            Id = r.GetInt64(0),
            Name = r.GetString(1),
            Metric = GoalMetrics.Find(r.GetString(2)) ?? throw new StoreException($"Goal #{r.GetInt64(0)} names the metric '{r.GetString(2)}', which this Payoff does not know."),
            Scope = new GoalScope(r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)),
            Target = r.IsDBNull(6) ? null : r.GetDecimal(6),
            TargetPercent = r.IsDBNull(7) ? null : r.GetDecimal(7),
            Baseline = r.IsDBNull(8) ? null : r.GetDecimal(8),
            Start = DateOnly.FromDateTime(r.GetDateTime(9)),
            Deadline = DateOnly.FromDateTime(r.GetDateTime(10)),
            Budget = r.IsDBNull(11) ? null : r.GetDecimal(11),
            ArchivedAt = r.IsDBNull(12) ? null : DuckDbDatabase.FromDb(r.GetDateTime(12)),
        },
        parameters);

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    /// <inheritdoc />
    Task<Goal> IGoalStore.AddAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken) => Sync.Run(() => Add(workspace, goal), cancellationToken);

    /// <inheritdoc />
    Task<bool> IGoalStore.UpdateAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken) => Sync.Run(() => Update(workspace, goal), cancellationToken);

    /// <inheritdoc />
    Task<bool> IGoalStore.ArchiveAsync(Workspace workspace, long id, CancellationToken cancellationToken) => Sync.Run(() => Archive(workspace, id), cancellationToken);

    /// <inheritdoc />
    Task<Goal?> IGoalStore.FindAsync(Workspace workspace, long id, CancellationToken cancellationToken) => Sync.Run(() => Find(workspace, id), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<Goal>> IGoalStore.ListAsync(Workspace workspace, bool archived, CancellationToken cancellationToken) => Sync.Run(() => List(workspace, archived), cancellationToken);
}
