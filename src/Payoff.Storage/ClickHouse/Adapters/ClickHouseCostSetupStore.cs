using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>Time, hourly rates, fees, currency rates and assigned values on the state node, each kind in the embedded store's order.</summary>
internal sealed class ClickHouseCostSetupStore(ClickHouseDatabase db) : ICostSetupStore
{
    private readonly StateTable time = new(db, "time_entries", "workspace_id", "id", "network", "person", "day", "minutes", "note", "created_at");
    private readonly StateTable recurrences = new(db, "time_recurrences", "workspace_id", "id", "network", "person", "minutes", "days", "start_day", "end_day", "created_at");
    private readonly StateTable rates = new(db, "hourly_rates", "workspace_id", "person", "rate", "currency");
    private readonly StateTable fees = new(db, "fees", "workspace_id", "id", "name", "monthly_amount", "currency", "shares", "start_month", "end_month");
    private readonly StateTable currencyRates = new(db, "currency_rates", "workspace_id", "currency", "valid_from", "rate");
    private readonly StateTable values = new(db, "assigned_values", "workspace_id", "conversion", "value", "currency");

    /// <inheritdoc />
    public async Task<TimeEntry> LogAsync(Workspace workspace, TimeEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry with { Id = await db.NextIdAsync("time_ids").ConfigureAwait(false) };
        await time.PutAsync(workspace.Id, stored.Id, stored.Network, stored.Person, stored.Day, stored.Minutes, stored.Note, ClickHouseDatabase.Micros(db.Time.GetUtcNow())).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    public async Task<TimeRecurrence> RecurAsync(Workspace workspace, TimeRecurrence recurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(recurrence);
        var stored = recurrence with { Id = await db.NextIdAsync("time_ids").ConfigureAwait(false) };
        await recurrences.PutAsync(workspace.Id, stored.Id, stored.Network, stored.Person, stored.Minutes, stored.Days.Text, stored.From, stored.To, ClickHouseDatabase.Micros(db.Time.GetUtcNow())).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveTimeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var entry = await time.RemoveAsync(["workspace_id", "id"], "WHERE workspace_id = $1 AND id = $2", workspace.Id, id).ConfigureAwait(false);
        return await recurrences.RemoveAsync(["workspace_id", "id"], "WHERE workspace_id = $1 AND id = $2", workspace.Id, id).ConfigureAwait(false) || entry;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeEntry>> TimeAsync(Workspace workspace, DateRange? range = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await time.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new TimeEntry(ClickHouseDatabase.Number(r[1]), r[2]!, r[3]!, ClickHouseDatabase.Day(r[4]), (int)ClickHouseDatabase.Number(r[5]), r[6]))
            .Where(t => range is null || range.Contains(t.Day))
            .OrderBy(t => t.Day)
            .ThenBy(t => t.Id)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeRecurrence>> RecurrencesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await recurrences.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false))
            .Select(r => new TimeRecurrence(
                ClickHouseDatabase.Number(r[1]),
                r[2]!,
                r[3]!,
                (int)ClickHouseDatabase.Number(r[4]),
                DayPattern.TryParse(r[5], out var days) ? days! : DayPattern.Weekdays,
                ClickHouseDatabase.Day(r[6]),
                ClickHouseDatabase.DayOrNull(r[7])))
            .ToList();
    }

    /// <inheritdoc />
    public Task SetRateAsync(Workspace workspace, HourlyRate rate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rate);
        return rates.PutAsync(workspace.Id, rate.Person, rate.Rate, rate.Currency);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HourlyRate>> RatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await rates.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new HourlyRate(r[1]!, ClickHouseDatabase.Exact(r[2]), r[3]!))
            .OrderBy(r => r.Person, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<Fee> AddFeeAsync(Workspace workspace, Fee fee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(fee);
        var stored = fee with { Id = await db.NextIdAsync("fee_ids").ConfigureAwait(false) };
        await fees.PutAsync(workspace.Id, stored.Id, stored.Name, stored.MonthlyAmount, stored.Currency, stored.SharesText, stored.From, stored.To).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveFeeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return await fees.RemoveAsync(["workspace_id", "id"], "WHERE workspace_id = $1 AND id = $2", workspace.Id, id).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Fee>> FeesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await fees.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false))
            .Select(r => new Fee(
                ClickHouseDatabase.Number(r[1]),
                r[2]!,
                ClickHouseDatabase.Exact(r[3]),
                r[4]!,
                Fee.ParseShares(r[5]!) ?? new Dictionary<string, decimal>(),
                ClickHouseDatabase.Day(r[6]),
                ClickHouseDatabase.DayOrNull(r[7])))
            .ToList();
    }

    /// <inheritdoc />
    public Task SetCurrencyRateAsync(Workspace workspace, CurrencyRate rate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rate);
        return currencyRates.PutAsync(workspace.Id, rate.Currency, rate.From, rate.Rate);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CurrencyRate>> CurrencyRatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await currencyRates.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new CurrencyRate(r[1]!, ClickHouseDatabase.Day(r[2]), ClickHouseDatabase.Exact(r[3])))
            .OrderBy(r => r.Currency, StringComparer.Ordinal)
            .ThenBy(r => r.From)
            .ToList();
    }

    /// <inheritdoc />
    public Task SetValueAsync(Workspace workspace, AssignedValue value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(value);
        return values.PutAsync(workspace.Id, value.Conversion.ToLowerInvariant(), value.Value, value.Currency);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveValueAsync(Workspace workspace, string conversion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(conversion);
        return await values.RemoveAsync(["workspace_id", "conversion"], "WHERE workspace_id = $1 AND conversion = $2", workspace.Id, conversion.ToLowerInvariant()).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AssignedValue>> ValuesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await values.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new AssignedValue(r[1]!, ClickHouseDatabase.Exact(r[2]), r[3]!))
            .OrderBy(v => v.Conversion, StringComparer.Ordinal)
            .ToList();
    }
}
