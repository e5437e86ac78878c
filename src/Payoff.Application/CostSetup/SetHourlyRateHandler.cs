using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Sets the hourly rate of the workspace or of a person (<c>payoff time rate</c>, <c>PUT /api/rates</c>); it prices logged and recurring time.</summary>
public sealed class SetHourlyRateHandler(IStore store) : IApplicationHandler
{
    /// <summary>Stores the rate (replacing the person's earlier one) in a session of its own and returns it.</summary>
    public Task<HourlyRate> HandleAsync(Workspace workspace, HourlyRateRequest request, CancellationToken cancellationToken) =>
        store.WriteAsync(session => HandleAsync(session, workspace, request, cancellationToken), cancellationToken);

    /// <summary>Stores the rate in <paramref name="session"/> (a page's own); the caller tells the store it <see cref="IStore.Changed"/>.</summary>
    public static async Task<HourlyRate> HandleAsync(IStoreSession session, Workspace workspace, HourlyRateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        await session.CostSetup.SetRateAsync(workspace, request.Rate, cancellationToken);
        return request.Rate;
    }
}
