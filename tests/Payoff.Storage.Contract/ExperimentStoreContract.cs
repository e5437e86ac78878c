using Payoff.Core.Content;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IExperimentStore"/>: experiments are kept with their plans, names are unique per workspace, and an end is recorded once.</summary>
public abstract class ExperimentStoreContract : StoreContract
{
    private static readonly ExperimentPlan Plan = new("LinkedIn", "Video vs image", ["video", "image"], ExperimentAssignment.Type, ExperimentMetric.EngagementRate, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));

    [Fact]
    public async Task An_experiment_is_listed_as_added_and_its_end_is_recorded_once()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);

        var added = await session.Experiments.AddAsync(workspace, Plan);
        var end = new ExperimentEnd(Time.GetUtcNow(), ExperimentOutcome.Winner, "video", "video won");
        var first = await session.Experiments.EndAsync(workspace, added.Id, end);
        var second = await session.Experiments.EndAsync(workspace, added.Id, end with { Outcome = ExperimentOutcome.Stopped, Winner = null });

        var listed = Assert.Single(await session.Experiments.ListAsync(workspace));
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(added.Id, listed.Id);
        Assert.Equal(Plan.Variants, listed.Plan.Variants);
        Assert.Equal(Plan with { Variants = listed.Plan.Variants }, listed.Plan);
        Assert.Equal(added.CreatedAt, listed.CreatedAt);
        Assert.Equal((ExperimentOutcome.Winner, "video", "video won"), (listed.End!.Outcome, listed.End.Winner, listed.End.Summary));
    }

    [Fact]
    public async Task Every_outcome_is_kept_as_recorded()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);

        foreach (var outcome in Enum.GetValues<ExperimentOutcome>())
        {
            var added = await session.Experiments.AddAsync(workspace, Plan with { Name = $"{outcome}" });
            Assert.True(await session.Experiments.EndAsync(workspace, added.Id, new ExperimentEnd(Time.GetUtcNow(), outcome, null, $"{outcome}")));
        }

        Assert.Equal(Enum.GetValues<ExperimentOutcome>(), (await session.Experiments.ListAsync(workspace)).Select(e => e.End!.Outcome));
    }

    [Fact]
    public async Task A_name_is_unique_per_workspace_whatever_its_case()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await session.Experiments.AddAsync(workspace, Plan);

        var refused = await Assert.ThrowsAsync<StoreException>(() => session.Experiments.AddAsync(workspace, Plan with { Name = "VIDEO VS IMAGE" }));
        await session.Experiments.AddAsync(other, Plan);

        Assert.Contains("'VIDEO VS IMAGE'", refused.Message, StringComparison.Ordinal);
        Assert.Single(await session.Experiments.ListAsync(workspace));
        Assert.False(await session.Experiments.EndAsync(other, 999, new ExperimentEnd(Time.GetUtcNow(), ExperimentOutcome.Stopped, null, "-")));
    }
}
