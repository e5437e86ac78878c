using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Adds recurring time (<c>payoff time recur</c>).</summary>
public sealed class RecurTimeHandler(IStore store) : IApplicationHandler
{
    /// <summary>Resolves the network (<see cref="NetworkField"/>) and stores the recurrence in one session; returns it with its id.</summary>
    /// <exception cref="RequestException">The network is unknown.</exception>
    public Task<TimeRecurrence> HandleAsync(Workspace workspace, RecurTimeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.WriteAsync(async session =>
        {
            var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken) ?? request.Network;
            return await session.CostSetup.RecurAsync(workspace, new TimeRecurrence(0, network, request.Person, request.Minutes, request.Days, request.From, request.To), cancellationToken);
        }, cancellationToken);
    }
}
