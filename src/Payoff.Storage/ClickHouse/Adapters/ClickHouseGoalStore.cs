using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>The workspace's SMART goals on the state node.</summary>
internal sealed class ClickHouseGoalStore(ClickHouseDatabase db) : IGoalStore
{
    private readonly StateTable table = new(
        db, "goals", "id", "workspace_id", "name", "metric", "network", "campaign", "label", "target", "target_percent", "baseline", "start_day", "deadline", "budget", "created_at", "archived_at");

    /// <inheritdoc />
    public async Task<Goal> AddAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goal);
        var stored = goal with { Id = await db.NextIdAsync("goal_ids").ConfigureAwait(false), ArchivedAt = null };
        await table.PutAsync(Row(workspace, stored, db.Time.GetUtcNow())).ConfigureAwait(false);
        return goal with { Id = stored.Id };
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goal);
        if (await OneAsync(workspace, goal.Id).ConfigureAwait(false) is not { } found)
        {
            return false;
        }

        await table.PutAsync(Row(workspace, goal with { ArchivedAt = found.Goal.ArchivedAt }, found.CreatedAt)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> ArchiveAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (await OneAsync(workspace, id).ConfigureAwait(false) is not { Goal.ArchivedAt: null } found)
        {
            return false;
        }

        await table.PutAsync(Row(workspace, found.Goal with { ArchivedAt = db.Time.GetUtcNow() }, found.CreatedAt)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<Goal?> FindAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await OneAsync(workspace, id).ConfigureAwait(false))?.Goal;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Goal>> ListAsync(Workspace workspace, bool archived = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await table.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false))
            .Select(r => Read(r).Goal)
            .Where(g => archived || g.ArchivedAt is null)
            .ToList();
    }

    private async Task<(Goal Goal, DateTimeOffset CreatedAt)?> OneAsync(Workspace workspace, long id) =>
        (await table.ReadAsync("WHERE workspace_id = $1 AND id = $2", string.Empty, workspace.Id, id).ConfigureAwait(false)).Select(r => ((Goal, DateTimeOffset)?)Read(r)).FirstOrDefault();

    private static object?[] Row(Workspace workspace, Goal g, DateTimeOffset createdAt) =>
    [
        g.Id, workspace.Id, g.Name, g.Metric.Name, g.Scope.Network, g.Scope.Campaign, g.Scope.Label, g.Target, g.TargetPercent, g.Baseline,
        g.Start, g.Deadline, g.Budget, ClickHouseDatabase.Micros(createdAt), g.ArchivedAt is { } at ? ClickHouseDatabase.Micros(at) : null,
    ];

    private static (Goal Goal, DateTimeOffset CreatedAt) Read(string?[] r) =>
        (new Goal
        {
            Id = ClickHouseDatabase.Number(r[0]),
            Name = r[2]!,
            Metric = GoalMetrics.Find(r[3]!) ?? throw new StoreException($"Goal #{r[0]} names the metric '{r[3]}', which this Payoff does not know."),
            Scope = new GoalScope(r[4], r[5], r[6]),
            Target = ClickHouseDatabase.ExactOrNull(r[7]),
            TargetPercent = ClickHouseDatabase.ExactOrNull(r[8]),
            Baseline = ClickHouseDatabase.ExactOrNull(r[9]),
            Start = ClickHouseDatabase.Day(r[10]),
            Deadline = ClickHouseDatabase.Day(r[11]),
            Budget = ClickHouseDatabase.ExactOrNull(r[12]),
            ArchivedAt = ClickHouseDatabase.InstantOrNull(r[14]),
        }, ClickHouseDatabase.Instant(r[13]));
}
