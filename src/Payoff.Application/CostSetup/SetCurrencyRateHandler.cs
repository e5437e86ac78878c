using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>Sets a currency rate into the workspace currency (<c>payoff currency rate</c>, <c>PUT /api/currency-rates</c>); amounts use the latest rate on or before their day.</summary>
public sealed class SetCurrencyRateHandler(IStore store) : IApplicationHandler
{
    /// <summary>Stores the rate (replacing one of the same currency and day) and returns it.</summary>
    public Task<CurrencyRate> HandleAsync(Workspace workspace, CurrencyRateRequest request, CancellationToken cancellationToken) =>
        store.WriteAsync(session => HandleAsync(session, workspace, request, cancellationToken), cancellationToken);

    /// <summary>Stores the rate in <paramref name="session"/> (a page's own); the caller tells the store it <see cref="IStore.Changed"/>.</summary>
    public static async Task<CurrencyRate> HandleAsync(IStoreSession session, Workspace workspace, CurrencyRateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        await session.CostSetup.SetCurrencyRateAsync(workspace, request.Rate, cancellationToken);
        return request.Rate;
    }
}
