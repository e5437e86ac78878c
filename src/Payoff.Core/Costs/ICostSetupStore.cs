using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Costs;

/// <summary>What a workspace tells Payoff about its costs and values: time logged, recurring time, hourly rates, fees, currency rates and the values of conversions.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Amounts are exact decimals in the currency each record names (ISO 4217); they come back unrounded.</item>
/// <item>Setting a rate, currency rate or value replaces the one with the same key (person; currency and day; conversion
/// name) — setting again never adds.</item>
/// <item>Ids are assigned by the store. Orders: time by day then id; recurrences and fees by id; rates by person; currency
/// rates by currency then day; values by conversion name.</item>
/// <item>Everything belongs to its workspace: another workspace cannot read or remove it.</item>
/// </list>
/// </remarks>
public interface ICostSetupStore
{
    /// <summary>Logs staff time and returns it with its id.</summary>
    Task<TimeEntry> LogAsync(Workspace workspace, TimeEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Stores a recurring time pattern and returns it with its id.</summary>
    Task<TimeRecurrence> RecurAsync(Workspace workspace, TimeRecurrence recurrence, CancellationToken cancellationToken = default);

    /// <summary>Removes a time entry or recurrence; false when it has none with this id.</summary>
    Task<bool> RemoveTimeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>Logged time, of <paramref name="range"/> when given, by day.</summary>
    Task<IReadOnlyList<TimeEntry>> TimeAsync(Workspace workspace, DateRange? range = null, CancellationToken cancellationToken = default);

    /// <summary>The recurring time patterns.</summary>
    Task<IReadOnlyList<TimeRecurrence>> RecurrencesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets an hourly rate (replacing one with the same person and start day).</summary>
    Task SetRateAsync(Workspace workspace, HourlyRate rate, CancellationToken cancellationToken = default);

    /// <summary>The hourly rates.</summary>
    Task<IReadOnlyList<HourlyRate>> RatesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Adds a fee and returns it with its id.</summary>
    Task<Fee> AddFeeAsync(Workspace workspace, Fee fee, CancellationToken cancellationToken = default);

    /// <summary>Removes a fee; false when it has none with this id.</summary>
    Task<bool> RemoveFeeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The fees.</summary>
    Task<IReadOnlyList<Fee>> FeesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets a currency rate (replacing one with the same pair and day).</summary>
    Task SetCurrencyRateAsync(Workspace workspace, CurrencyRate rate, CancellationToken cancellationToken = default);

    /// <summary>The currency rates.</summary>
    Task<IReadOnlyList<CurrencyRate>> CurrencyRatesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets the value of a conversion (replacing one with the same name).</summary>
    Task SetValueAsync(Workspace workspace, AssignedValue value, CancellationToken cancellationToken = default);

    /// <summary>Removes the value of a conversion; false when none was set.</summary>
    Task<bool> RemoveValueAsync(Workspace workspace, string conversion, CancellationToken cancellationToken = default);

    /// <summary>The values of conversions.</summary>
    Task<IReadOnlyList<AssignedValue>> ValuesAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
