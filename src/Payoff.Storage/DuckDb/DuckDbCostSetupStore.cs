using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// What the user tells Payoff about costs and values: staff time (entries and recurrences), hourly
/// rates, monthly fees, the currency rate table and the assigned values of conversions.
/// </summary>
public sealed class DuckDbCostSetupStore(DuckDbDatabase db) : ICostSetupStore
{
    /// <summary>Stores a time entry; returns it with its id.</summary>
    internal TimeEntry Log(Workspace workspace, TimeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entry);
        var id = db.Scalar<long>(
            "INSERT INTO time_entries (workspace_id, network, person, day, minutes, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            workspace.Id, entry.Network, entry.Person, Day(entry.Day), entry.Minutes, entry.Note, db.Time.GetUtcNow());
        return entry with { Id = id };
    }

    /// <summary>Stores a recurrence; returns it with its id.</summary>
    internal TimeRecurrence Recur(Workspace workspace, TimeRecurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(recurrence);
        var id = db.Scalar<long>(
            "INSERT INTO time_recurrences (workspace_id, network, person, minutes, days, start_day, end_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            workspace.Id, recurrence.Network, recurrence.Person, recurrence.Minutes, recurrence.Days.Text, Day(recurrence.From), recurrence.To is { } to ? Day(to) : null, db.Time.GetUtcNow());
        return recurrence with { Id = id };
    }

    /// <summary>Removes a time entry or recurrence; false when there is none with that id.</summary>
    internal bool RemoveTime(Workspace workspace, long id)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("DELETE FROM time_entries WHERE workspace_id = $1 AND id = $2", workspace.Id, id)
            + db.Execute("DELETE FROM time_recurrences WHERE workspace_id = $1 AND id = $2", workspace.Id, id) > 0;
    }

    /// <summary>The time entries of <paramref name="range"/> (all when null).</summary>
    internal IReadOnlyList<TimeEntry> Time(Workspace workspace, DateRange? range = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT id, network, person, day, minutes, note FROM time_entries WHERE workspace_id = $1 AND day >= $2 AND day <= $3 ORDER BY day, id",
            r => new TimeEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), DateOnly.FromDateTime(r.GetDateTime(3)), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)),
            workspace.Id, Day(range?.From ?? DateOnly.MinValue), Day(range?.To ?? DateOnly.MaxValue));
    }

    /// <summary>The recurrences.</summary>
    internal IReadOnlyList<TimeRecurrence> Recurrences(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT id, network, person, minutes, days, start_day, end_day FROM time_recurrences WHERE workspace_id = $1 ORDER BY id",
            r => new TimeRecurrence(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3),
                DayPattern.TryParse(r.GetString(4), out var days) ? days! : DayPattern.Weekdays,
                DateOnly.FromDateTime(r.GetDateTime(5)), r.IsDBNull(6) ? null : DateOnly.FromDateTime(r.GetDateTime(6))),
            workspace.Id);
    }

    /// <summary>Sets the hourly rate of <paramref name="rate"/>'s person ("" for the workspace's default).</summary>
    internal void SetRate(Workspace workspace, HourlyRate rate)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rate);
        db.Execute("INSERT OR REPLACE INTO hourly_rates VALUES ($1, $2, $3, $4)", workspace.Id, rate.Person, rate.Rate, rate.Currency);
    }

    /// <summary>The hourly rates.</summary>
    internal IReadOnlyList<HourlyRate> Rates(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query("SELECT person, rate, currency FROM hourly_rates WHERE workspace_id = $1 ORDER BY person", r => new HourlyRate(r.GetString(0), r.GetDecimal(1), r.GetString(2)), workspace.Id);
    }

    /// <summary>Stores a fee; returns it with its id.</summary>
    internal Fee AddFee(Workspace workspace, Fee fee)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(fee);
        var id = db.Scalar<long>(
            "INSERT INTO fees (workspace_id, name, monthly_amount, currency, shares, start_month, end_month) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            workspace.Id, fee.Name, fee.MonthlyAmount, fee.Currency, fee.SharesText, Day(fee.From), fee.To is { } to ? Day(to) : null);
        return fee with { Id = id };
    }

    /// <summary>Removes a fee; false when there is none with that id.</summary>
    internal bool RemoveFee(Workspace workspace, long id)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("DELETE FROM fees WHERE workspace_id = $1 AND id = $2", workspace.Id, id) > 0;
    }

    /// <summary>The fees.</summary>
    internal IReadOnlyList<Fee> Fees(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT id, name, monthly_amount, currency, shares, start_month, end_month FROM fees WHERE workspace_id = $1 ORDER BY id",
            r => new Fee(r.GetInt64(0), r.GetString(1), r.GetDecimal(2), r.GetString(3), Fee.ParseShares(r.GetString(4)) ?? new Dictionary<string, decimal>(), DateOnly.FromDateTime(r.GetDateTime(5)), r.IsDBNull(6) ? null : DateOnly.FromDateTime(r.GetDateTime(6))),
            workspace.Id);
    }

    /// <summary>Sets a rate of the table (the same currency and day replaces).</summary>
    internal void SetCurrencyRate(Workspace workspace, CurrencyRate rate)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rate);
        db.Execute("INSERT OR REPLACE INTO currency_rates VALUES ($1, $2, $3, $4)", workspace.Id, rate.Currency, Day(rate.From), rate.Rate);
    }

    /// <summary>The rate table.</summary>
    internal IReadOnlyList<CurrencyRate> CurrencyRates(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query("SELECT currency, valid_from, rate FROM currency_rates WHERE workspace_id = $1 ORDER BY currency, valid_from", r => new CurrencyRate(r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetDecimal(2)), workspace.Id);
    }

    /// <summary>Sets the assigned value of a conversion.</summary>
    internal void SetValue(Workspace workspace, AssignedValue value)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(value);
        db.Execute("INSERT OR REPLACE INTO assigned_values VALUES ($1, $2, $3, $4)", workspace.Id, value.Conversion.ToLowerInvariant(), value.Value, value.Currency);
    }

    /// <summary>Removes an assigned value; false when there was none.</summary>
    internal bool RemoveValue(Workspace workspace, string conversion)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("DELETE FROM assigned_values WHERE workspace_id = $1 AND conversion = lower($2)", workspace.Id, conversion) > 0;
    }

    /// <summary>The assigned values.</summary>
    internal IReadOnlyList<AssignedValue> Values(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query("SELECT conversion, value, currency FROM assigned_values WHERE workspace_id = $1 ORDER BY conversion", r => new AssignedValue(r.GetString(0), r.GetDecimal(1), r.GetString(2)), workspace.Id);
    }

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    /// <inheritdoc />
    Task<TimeEntry> ICostSetupStore.LogAsync(Workspace workspace, TimeEntry entry, CancellationToken cancellationToken) => Sync.Run(() => Log(workspace, entry), cancellationToken);

    /// <inheritdoc />
    Task<TimeRecurrence> ICostSetupStore.RecurAsync(Workspace workspace, TimeRecurrence recurrence, CancellationToken cancellationToken) => Sync.Run(() => Recur(workspace, recurrence), cancellationToken);

    /// <inheritdoc />
    Task<bool> ICostSetupStore.RemoveTimeAsync(Workspace workspace, long id, CancellationToken cancellationToken) => Sync.Run(() => RemoveTime(workspace, id), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<TimeEntry>> ICostSetupStore.TimeAsync(Workspace workspace, DateRange? range, CancellationToken cancellationToken) => Sync.Run(() => Time(workspace, range), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<TimeRecurrence>> ICostSetupStore.RecurrencesAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Recurrences(workspace), cancellationToken);

    /// <inheritdoc />
    Task ICostSetupStore.SetRateAsync(Workspace workspace, HourlyRate rate, CancellationToken cancellationToken) => Sync.Run(() => SetRate(workspace, rate), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<HourlyRate>> ICostSetupStore.RatesAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Rates(workspace), cancellationToken);

    /// <inheritdoc />
    Task<Fee> ICostSetupStore.AddFeeAsync(Workspace workspace, Fee fee, CancellationToken cancellationToken) => Sync.Run(() => AddFee(workspace, fee), cancellationToken);

    /// <inheritdoc />
    Task<bool> ICostSetupStore.RemoveFeeAsync(Workspace workspace, long id, CancellationToken cancellationToken) => Sync.Run(() => RemoveFee(workspace, id), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<Fee>> ICostSetupStore.FeesAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Fees(workspace), cancellationToken);

    /// <inheritdoc />
    Task ICostSetupStore.SetCurrencyRateAsync(Workspace workspace, CurrencyRate rate, CancellationToken cancellationToken) => Sync.Run(() => SetCurrencyRate(workspace, rate), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<CurrencyRate>> ICostSetupStore.CurrencyRatesAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => CurrencyRates(workspace), cancellationToken);

    /// <inheritdoc />
    Task ICostSetupStore.SetValueAsync(Workspace workspace, AssignedValue value, CancellationToken cancellationToken) => Sync.Run(() => SetValue(workspace, value), cancellationToken);

    /// <inheritdoc />
    Task<bool> ICostSetupStore.RemoveValueAsync(Workspace workspace, string conversion, CancellationToken cancellationToken) => Sync.Run(() => RemoveValue(workspace, conversion), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<AssignedValue>> ICostSetupStore.ValuesAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Values(workspace), cancellationToken);
}
