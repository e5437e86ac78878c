using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Logs time spent on a network on one day (<c>payoff time log</c>, <c>POST /api/time</c>).</summary>
public sealed class LogTimeHandler(IStore store) : IApplicationHandler
{
    /// <summary>Resolves the network (<see cref="NetworkField"/>) and stores the entry in one session; returns it with its id.</summary>
    /// <exception cref="RequestException">The network is not one Payoff knows, a channel, or a name in the workspace's data.</exception>
    public Task<TimeEntry> HandleAsync(Workspace workspace, LogTimeRequest request, CancellationToken cancellationToken) =>
        store.WriteAsync(session => HandleAsync(session, workspace, request, cancellationToken), cancellationToken);

    /// <summary>Logs the time in <paramref name="session"/> (a page's own); the caller tells the store it <see cref="IStore.Changed"/>.</summary>
    /// <exception cref="RequestException">The network is unknown.</exception>
    public static async Task<TimeEntry> HandleAsync(IStoreSession session, Workspace workspace, LogTimeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken) ?? request.Network;
        return await session.CostSetup.LogAsync(workspace, new TimeEntry(0, network, request.Person, request.Day, request.Minutes, request.Note), cancellationToken);
    }
}
