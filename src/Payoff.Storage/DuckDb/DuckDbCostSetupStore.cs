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
        return db.Query(Sorted(TimeSql), r => ReadTime(r, 0), workspace.Id, Day(range?.From ?? DateOnly.MinValue), Day(range?.To ?? DateOnly.MaxValue));
    }

    /// <summary>The recurrences.</summary>
    internal IReadOnlyList<TimeRecurrence> Recurrences(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(Sorted(RecurrencesSql), r => ReadRecurrence(r, 0), workspace.Id);
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
        return db.Query(Sorted(RatesSql), r => ReadRate(r, 0), workspace.Id);
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
        return db.Query(Sorted(FeesSql), r => ReadFee(r, 0), workspace.Id);
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
        return db.Query(Sorted(CurrencyRatesSql), r => ReadCurrencyRate(r, 0), workspace.Id);
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
        return db.Query(Sorted(ValuesSql), r => ReadValue(r, 0), workspace.Id);
    }

    /// <summary>
    /// Everything the ledger prices costs with, in one statement: the time entries of <paramref name="range"/>, the
    /// recurrences, hourly rates, fees, the currency rate table and the assigned values, each in the order of its own read.
    /// </summary>
    internal (IReadOnlyList<TimeEntry> Time, IReadOnlyList<TimeRecurrence> Recurrences, IReadOnlyList<HourlyRate> Rates, IReadOnlyList<Fee> Fees, IReadOnlyList<AssignedValue> Values, IReadOnlyList<CurrencyRate> CurrencyRates) All(Workspace workspace, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var rows = db.Query(Sorted(TimeSql, RecurrencesSql, RatesSql, FeesSql, CurrencyRatesSql, ValuesSql), r => ReadSetup(r, r.GetInt32(0), 0), workspace.Id, Day(range.From), Day(range.To));
        return Split(rows);
    }

    /// <summary>
    /// <see cref="All"/>'s six reads as one relation for a larger statement ($1 the workspace, $2..$3 the time entries'
    /// days): columns kind, id, a, b, c, d1, d2, n, amount, fx (see <see cref="ReadSetup"/>) and <c>rn</c>, the row's place
    /// in <see cref="All"/>'s order — a <c>UNION ALL</c> keeps no order, so its reader sorts by <c>rn</c>.
    /// </summary>
    internal static readonly string NumberedSql =
        $"SELECT *, row_number() OVER (ORDER BY {SetupOrder}) AS rn FROM ({string.Join(" UNION ALL ", TimeSql, RecurrencesSql, RatesSql, FeesSql, CurrencyRatesSql, ValuesSql)}) AS setup({SetupColumns})";

    /// <summary>The set-up item of kind <paramref name="kind"/> (0 to 5) whose id is in column <paramref name="offset"/> + 1 of <paramref name="r"/>.</summary>
    internal static object ReadSetup(System.Data.Common.DbDataReader r, int kind, int offset) => kind switch
    {
        0 => ReadTime(r, offset),
        1 => ReadRecurrence(r, offset),
        2 => ReadRate(r, offset),
        3 => ReadFee(r, offset),
        4 => ReadCurrencyRate(r, offset),
        _ => ReadValue(r, offset),
    };

    /// <summary>The set-up items of <see cref="ReadSetup"/>, in their order, split by kind.</summary>
    internal static (IReadOnlyList<TimeEntry> Time, IReadOnlyList<TimeRecurrence> Recurrences, IReadOnlyList<HourlyRate> Rates, IReadOnlyList<Fee> Fees, IReadOnlyList<AssignedValue> Values, IReadOnlyList<CurrencyRate> CurrencyRates) Split(IReadOnlyList<object> rows) =>
        ([.. rows.OfType<TimeEntry>()], [.. rows.OfType<TimeRecurrence>()], [.. rows.OfType<HourlyRate>()], [.. rows.OfType<Fee>()], [.. rows.OfType<AssignedValue>()], [.. rows.OfType<CurrencyRate>()]);

    // Every cost set-up read selects the same columns — kind, id, three texts (a, b, c), two days (d1, d2), minutes (n),
    // an amount in the set-up's DECIMAL(18,4) and a currency rate in DECIMAL(18,8), so no amount changes its scale — so
    // the ledger reads all six in one UNION ALL (All) and each read alone is one branch, sorted each kind as its
    // own read always did (Sorted). $1 is the workspace, $2..$3 the time entries' days.
    private const string TimeSql = "SELECT 0, id, network, person, note, day, NULL::DATE, minutes, NULL::DECIMAL(18,4), NULL::DECIMAL(18,8) FROM time_entries WHERE workspace_id = $1 AND day >= $2 AND day <= $3";
    private const string RecurrencesSql = "SELECT 1, id, network, person, days, start_day, end_day, minutes, NULL, NULL FROM time_recurrences WHERE workspace_id = $1";
    private const string RatesSql = "SELECT 2, NULL, person, currency, NULL, NULL, NULL, NULL, rate, NULL FROM hourly_rates WHERE workspace_id = $1";
    private const string FeesSql = "SELECT 3, id, name, currency, shares, start_month, end_month, NULL, monthly_amount, NULL FROM fees WHERE workspace_id = $1";
    private const string CurrencyRatesSql = "SELECT 4, NULL, currency, NULL, NULL, valid_from, NULL, NULL, NULL, rate FROM currency_rates WHERE workspace_id = $1";
    private const string ValuesSql = "SELECT 5, NULL, conversion, currency, NULL, NULL, NULL, NULL, value, NULL FROM assigned_values WHERE workspace_id = $1";

    private const string SetupColumns = "kind, id, a, b, c, d1, d2, n, amount, fx";
    private const string SetupOrder = "kind, CASE WHEN kind = 0 THEN d1 END, CASE WHEN kind IN (2, 4, 5) THEN a END, CASE WHEN kind = 4 THEN d1 END, id";

    private static string Sorted(params string[] reads) =>
        $"SELECT * FROM ({string.Join(" UNION ALL ", reads)}) AS setup({SetupColumns}) ORDER BY {SetupOrder}";

    private static TimeEntry ReadTime(System.Data.Common.DbDataReader r, int o) =>
        new(r.GetInt64(o + 1), r.GetString(o + 2), r.GetString(o + 3), Date(r, o + 5), r.GetInt32(o + 7), r.IsDBNull(o + 4) ? null : r.GetString(o + 4));

    private static TimeRecurrence ReadRecurrence(System.Data.Common.DbDataReader r, int o) =>
        new(r.GetInt64(o + 1), r.GetString(o + 2), r.GetString(o + 3), r.GetInt32(o + 7), DayPattern.TryParse(r.GetString(o + 4), out var days) ? days! : DayPattern.Weekdays, Date(r, o + 5), r.IsDBNull(o + 6) ? null : Date(r, o + 6));

    private static HourlyRate ReadRate(System.Data.Common.DbDataReader r, int o) => new(r.GetString(o + 2), r.GetDecimal(o + 8), r.GetString(o + 3));

    private static Fee ReadFee(System.Data.Common.DbDataReader r, int o) =>
        new(r.GetInt64(o + 1), r.GetString(o + 2), r.GetDecimal(o + 8), r.GetString(o + 3), Fee.ParseShares(r.GetString(o + 4)) ?? new Dictionary<string, decimal>(), Date(r, o + 5), r.IsDBNull(o + 6) ? null : Date(r, o + 6));

    private static CurrencyRate ReadCurrencyRate(System.Data.Common.DbDataReader r, int o) => new(r.GetString(o + 2), Date(r, o + 5), r.GetDecimal(o + 9));

    private static AssignedValue ReadValue(System.Data.Common.DbDataReader r, int o) => new(r.GetString(o + 2), r.GetDecimal(o + 8), r.GetString(o + 3));

    private static DateOnly Date(System.Data.Common.DbDataReader r, int column) => DateOnly.FromDateTime(r.GetDateTime(column));

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
