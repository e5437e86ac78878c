using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Removes a piece of the cost setup (<c>payoff time|fee|value remove</c>); each answers false when the workspace has no such piece.</summary>
public sealed class RemoveCostSetupHandler(IStore store) : IApplicationHandler
{
    /// <summary>Removes the time entry or recurrence numbered <paramref name="id"/>.</summary>
    public Task<bool> TimeAsync(Workspace workspace, long id, CancellationToken cancellationToken) =>
        RemoveAsync(setup => setup.RemoveTimeAsync(workspace, id, cancellationToken), cancellationToken);

    /// <summary>Removes the fee numbered <paramref name="id"/>.</summary>
    public Task<bool> FeeAsync(Workspace workspace, long id, CancellationToken cancellationToken) =>
        RemoveAsync(setup => setup.RemoveFeeAsync(workspace, id, cancellationToken), cancellationToken);

    /// <summary>Removes the assigned value of <paramref name="conversion"/>.</summary>
    public Task<bool> ValueAsync(Workspace workspace, string conversion, CancellationToken cancellationToken) =>
        RemoveAsync(setup => setup.RemoveValueAsync(workspace, conversion, cancellationToken), cancellationToken);

    private Task<bool> RemoveAsync(Func<ICostSetupStore, Task<bool>> remove, CancellationToken cancellationToken) =>
        store.WriteAsync(session => remove(session.CostSetup), cancellationToken, removed => removed);
}
