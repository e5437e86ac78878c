using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Maintenance;

/// <summary>
/// Rebuilds the daily rollups of one workspace or of all (<c>payoff maintenance rebuild-rollups</c>) through
/// <see cref="Core.Importing.IImportStore.RebuildRollupsAsync"/>: each workspace in its own transaction, so reports
/// read either the old or the new rollups, which hold the same figures.
/// </summary>
public sealed class RebuildRollupsHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>Rebuilds <paramref name="workspaces"/>' rollups in order.</summary>
    /// <param name="workspaces">The workspaces.</param>
    /// <param name="cancellationToken">Cancels before the next workspace starts.</param>
    /// <returns>Each workspace with the time its rebuild took.</returns>
    public async Task<IReadOnlyList<(Workspace Workspace, TimeSpan Elapsed)>> HandleAsync(IReadOnlyList<Workspace> workspaces, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaces);
        var done = new List<(Workspace, TimeSpan)>();
        await using (var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var workspace in workspaces)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = time.GetTimestamp();
                await session.Importing.RebuildRollupsAsync(workspace, cancellationToken).ConfigureAwait(false);
                done.Add((workspace, time.GetElapsedTime(started)));
            }
        }

        store.Changed();
        return done;
    }
}
