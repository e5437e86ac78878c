using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>
/// The cost setup as it is stored (<c>payoff time|fee|currency|value list</c>, <c>GET /api/rates|fees|currency-rates|time</c>);
/// each read in a session of its own.
/// </summary>
public sealed class CostSetupListsHandler(IStore store) : IApplicationHandler
{
    /// <summary>The hourly rates, logged and recurring time; <paramref name="range"/> limits the logged time (null: all of it).</summary>
    public async Task<TimeSheet> TimeAsync(Workspace workspace, DateRange? range, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var setup = session.CostSetup;
        return new TimeSheet(
            await setup.RatesAsync(workspace, cancellationToken),
            await setup.RecurrencesAsync(workspace, cancellationToken),
            await setup.TimeAsync(workspace, range, cancellationToken));
    }

    /// <summary>The hourly rates.</summary>
    public Task<IReadOnlyList<HourlyRate>> RatesAsync(Workspace workspace, CancellationToken cancellationToken) =>
        ReadAsync(setup => setup.RatesAsync(workspace, cancellationToken), cancellationToken);

    /// <summary>The fixed monthly fees.</summary>
    public Task<IReadOnlyList<Fee>> FeesAsync(Workspace workspace, CancellationToken cancellationToken) =>
        ReadAsync(setup => setup.FeesAsync(workspace, cancellationToken), cancellationToken);

    /// <summary>The rates into the workspace currency.</summary>
    public Task<IReadOnlyList<CurrencyRate>> CurrencyRatesAsync(Workspace workspace, CancellationToken cancellationToken) =>
        ReadAsync(setup => setup.CurrencyRatesAsync(workspace, cancellationToken), cancellationToken);

    /// <summary>The assigned values of conversions.</summary>
    public Task<IReadOnlyList<AssignedValue>> ValuesAsync(Workspace workspace, CancellationToken cancellationToken) =>
        ReadAsync(setup => setup.ValuesAsync(workspace, cancellationToken), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<ICostSetupStore, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await read(session.CostSetup);
    }
}
