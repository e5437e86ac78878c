using Payoff.Application.Requests;
using Payoff.Core.Content;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Experiments;

/// <summary>
/// Content experiments (<c>payoff experiment add|list|show|stop</c>, <c>/api/experiments</c>, the Content page): adds them,
/// works out their figures from the posts (<see cref="ExperimentAnalysis"/>) and records how they end — <c>stop</c>
/// records "stopped" with the figures of that moment; an experiment whose window has passed has its outcome (winner, no
/// difference, or too few posts when a variant had fewer than <see cref="ContentComparison.MinPosts"/>) recorded the first time it is listed or shown after that, and keeps it, whatever later re-imports do.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (today in the workspace's zone decides whether an experiment runs or has ended).</param>
public sealed class ExperimentsHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>Adds the experiment and returns its figures so far.</summary>
    /// <exception cref="RequestException">The network is unknown or the name is taken (field <c>name</c>).</exception>
    public async Task<ExperimentResult> AddAsync(Workspace workspace, ExperimentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ExperimentResult result;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken) ?? request.Network;
            Experiment added;
            try
            {
                added = await session.Experiments.AddAsync(workspace, request.Plan with { Network = network }, cancellationToken);
            }
            catch (StoreException e)
            {
                throw new RequestException("name", e.Message);
            }

            result = await ExperimentAnalysis.ReadAsync(session.Content, workspace, added, workspace.Calendar.Today(time), cancellationToken);
        }

        store.Changed();
        return result;
    }

    /// <summary>Every experiment with its figures, oldest first (recording the outcome of any whose window has just passed).</summary>
    public async Task<IReadOnlyList<ExperimentResult>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await ListAsync(session, workspace, cancellationToken);
    }

    /// <summary>
    /// Every experiment with its figures, oldest first, read in <paramref name="session"/> (a page's own session):
    /// the outcome of any whose window has just passed is recorded, and the data marked changed when one was.
    /// </summary>
    public async Task<IReadOnlyList<ExperimentResult>> ListAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        var list = new List<ExperimentResult>();
        var recorded = false;
        foreach (var experiment in await session.Experiments.ListAsync(workspace, cancellationToken))
        {
            var (result, wrote) = await RecordedAsync(session, workspace, experiment, cancellationToken);
            list.Add(result);
            recorded |= wrote;
        }

        if (recorded)
        {
            store.Changed();
        }

        return list;
    }

    /// <summary>The experiment named <paramref name="name"/> (case-insensitive) with its figures.</summary>
    /// <exception cref="RequestException">There is no experiment of that name (field <c>name</c>; <see cref="RequestException.IsNotFound"/>).</exception>
    public async Task<ExperimentResult> ShowAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ExperimentResult result;
        bool recorded;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            (result, recorded) = await RecordedAsync(session, workspace, await FindAsync(session, workspace, name, cancellationToken), cancellationToken);
        }

        if (recorded)
        {
            store.Changed();
        }

        return result;
    }

    /// <summary>Stops a planned or running experiment, recording "stopped" with its figures of this moment.</summary>
    /// <exception cref="RequestException">There is no experiment of that name, or it has ended already.</exception>
    public async Task<ExperimentResult> StopAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ExperimentResult result;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var experiment = await FindAsync(session, workspace, name, cancellationToken);
            var today = workspace.Calendar.Today(time);
            var now = await ExperimentAnalysis.ReadAsync(session.Content, workspace, experiment, today, cancellationToken);
            if (now.Status is ExperimentStatus.Ended or ExperimentStatus.Stopped)
            {
                throw new RequestException("name", $"'{Text.Visible(experiment.Plan.Name)}' has ended already ({now.Summary}).");
            }

            var figures = ExperimentAnalysis.Summary(now with { Status = ExperimentStatus.Stopped });
            var ending = new ExperimentEnd(time.GetUtcNow(), ExperimentOutcome.Stopped, null, $"{figures} (stopped on {today:yyyy-MM-dd})");
            await session.Experiments.EndAsync(workspace, experiment.Id, ending, cancellationToken);
            // Read as any stopped experiment is read (its window cut at today, its findings in the past tense), so the
            // answer is what reading it again gives.
            result = await ExperimentAnalysis.ReadAsync(session.Content, workspace, experiment with { End = ending }, today, cancellationToken);
        }

        store.Changed();
        return result;
    }

    private async Task<(ExperimentResult Result, bool Recorded)> RecordedAsync(IStoreSession session, Workspace workspace, Experiment experiment, CancellationToken cancellationToken)
    {
        var result = await ExperimentAnalysis.ReadAsync(session.Content, workspace, experiment, workspace.Calendar.Today(time), cancellationToken);
        if (result.Status != ExperimentStatus.Ended || experiment.End is not null)
        {
            return (result, false);
        }

        var ending = new ExperimentEnd(time.GetUtcNow(), result.Outcome!.Value, result.Winner, result.Summary);
        var recorded = await session.Experiments.EndAsync(workspace, experiment.Id, ending, cancellationToken);
        return (result with { Experiment = experiment with { End = ending } }, recorded);
    }

    private static async Task<Experiment> FindAsync(IStoreSession session, Workspace workspace, string name, CancellationToken cancellationToken)
    {
        var all = await session.Experiments.ListAsync(workspace, cancellationToken);
        return all.FirstOrDefault(e => string.Equals(e.Plan.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("name", all.Count == 0
                ? $"There is no experiment '{Text.Visible(name)}': this workspace has none yet (payoff experiment add …)."
                : $"There is no experiment '{Text.Visible(name)}'. Experiments: {string.Join(", ", all.Select(e => e.Plan.Name))}.") { IsNotFound = true };
    }
}
