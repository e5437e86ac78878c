using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Adds a fixed monthly cost allocated to networks (<c>payoff fee add</c>, <c>POST /api/fees</c>).</summary>
public sealed class AddFeeHandler(IStore store) : IApplicationHandler
{
    /// <summary>Resolves each network of the shares (<see cref="NetworkField"/>) and stores the fee in one session; returns it with its id.</summary>
    /// <exception cref="RequestException">A network is unknown, or two names are the same network.</exception>
    public Task<Fee> HandleAsync(Workspace workspace, AddFeeRequest request, CancellationToken cancellationToken) =>
        store.WriteAsync(session => HandleAsync(session, workspace, request, cancellationToken), cancellationToken);

    /// <summary>Stores the fee in <paramref name="session"/> (a page's own); the caller tells the store it <see cref="IStore.Changed"/>.</summary>
    /// <exception cref="RequestException">A network is unknown, or two names are the same network.</exception>
    public static async Task<Fee> HandleAsync(IStoreSession session, Workspace workspace, AddFeeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var shares = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, weight) in request.Shares)
        {
            var network = await NetworkField.ResolveAsync(session, workspace, name, request.SharesName, cancellationToken) ?? name;
            if (!shares.TryAdd(network, weight))
            {
                throw new RequestException("networks", $"{request.SharesName} names {network} twice.");
            }
        }

        return await session.CostSetup.AddFeeAsync(workspace, new Fee(0, request.Name, request.Monthly, request.Currency, shares, request.From, request.To), cancellationToken);
    }
}
