using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Sets the assigned value of a conversion (<c>payoff value set</c>), counted as value beside revenue.</summary>
public sealed class SetConversionValueHandler(IStore store) : IApplicationHandler
{
    /// <summary>Stores the value (replacing the conversion's earlier one) and returns it.</summary>
    public Task<AssignedValue> HandleAsync(Workspace workspace, ConversionValueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.WriteAsync(async session =>
        {
            await session.CostSetup.SetValueAsync(workspace, request.Value, cancellationToken);
            return request.Value;
        }, cancellationToken);
    }
}
