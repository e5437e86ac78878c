using Payoff.Core.Goals;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IGoalStore"/>: ids, order, update, archive and workspace scoping.</summary>
public abstract class GoalStoreContract : StoreContract
{
    private static Goal Goal(string name) => new()
    {
        Name = name,
        Metric = GoalMetrics.All[0],
        Target = 120.5m,
        Start = new DateOnly(2025, 7, 1),
        Deadline = new DateOnly(2025, 9, 30),
        Budget = 1000.25m,
    };

    [Fact]
    public async Task A_goal_comes_back_as_stored_and_goals_are_listed_by_id()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var first = await session.Goals.AddAsync(workspace, Goal("b"));
        var second = await session.Goals.AddAsync(workspace, Goal("a"));

        Assert.Equal(first, await session.Goals.FindAsync(workspace, first.Id));
        Assert.Equal([first.Id, second.Id], (await session.Goals.ListAsync(workspace)).Select(g => g.Id));
        Assert.True(second.Id > first.Id);
    }

    [Fact]
    public async Task An_archived_goal_is_kept_and_listed_only_when_asked()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var goal = await session.Goals.AddAsync(workspace, Goal("leads"));

        Assert.True(await session.Goals.ArchiveAsync(workspace, goal.Id));
        Assert.False(await session.Goals.ArchiveAsync(workspace, goal.Id));

        Assert.Empty(await session.Goals.ListAsync(workspace));
        Assert.Equal([goal.Id], (await session.Goals.ListAsync(workspace, archived: true)).Select(g => g.Id));
        Assert.NotNull((await session.Goals.FindAsync(workspace, goal.Id))!.ArchivedAt);
    }

    [Fact]
    public async Task Another_workspace_cannot_see_or_change_a_goal()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        var goal = await session.Goals.AddAsync(workspace, Goal("leads"));

        Assert.Null(await session.Goals.FindAsync(other, goal.Id));
        Assert.False(await session.Goals.UpdateAsync(other, goal with { Name = "stolen" }));
        Assert.False(await session.Goals.ArchiveAsync(other, goal.Id));
        Assert.True(await session.Goals.UpdateAsync(workspace, goal with { Name = "renamed" }));
        Assert.Equal("renamed", (await session.Goals.FindAsync(workspace, goal.Id))!.Name);
    }
}
