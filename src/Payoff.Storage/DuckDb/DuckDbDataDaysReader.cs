using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// <see cref="IDataDaysReader"/> on DuckDB: the days with sessions from the daily rollups (<see cref="DuckDbRollups"/>; with
/// <c>readRollups: false</c> from the sessions' stored local days, the same days: <c>RollupPropertyTests</c> holds them to
/// it), CRM contacts' dates read as distinct 15-minute slots (so zones with half-hour offsets cut local days right),
/// imported traffic by its stored local days.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="readRollups">Whether the days with sessions come from the daily rollups (the default) or the raw sessions.</param>
public sealed class DuckDbDataDaysReader(DuckDbDatabase db, bool readRollups = true) : IDataDaysReader
{
    /// <inheritdoc />
    public Task<IReadOnlySet<DateOnly>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var calendar = workspace.Calendar;
        var (start, end) = calendar.Range(range.From, range.To);
        var days = new HashSet<DateOnly>();
        var (from, to) = (range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue));
        using (var command = db.Command(readRollups ? RollupSql : RawSql, workspace.Id, from, to, start, end))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                switch (r.GetInt32(0))
                {
                    case 0:
                        days.Add(DateOnly.FromDateTime(r.GetDateTime(1)));
                        break;
                    case 1:
                        days.Add(calendar.DateOf(DuckDbDatabase.FromDb(r.GetDateTime(2))));
                        break;
                    default:
                        var (first, last) = (DateOnly.FromDateTime(r.GetDateTime(1)), DateOnly.FromDateTime(r.GetDateTime(3)));
                        for (var day = first < range.From ? range.From : first; day <= last && day <= range.To; day = day.AddDays(1))
                        {
                            days.Add(day);
                        }

                        break;
                }
            }
        }

        days.RemoveWhere(d => !range.Contains(d));
        return Task.FromResult<IReadOnlySet<DateOnly>>(days);
    }

    // One statement ($1 the workspace, $2..$3 the days, $4..$5 their instants), column 0 saying which rows: 0 the days with
    // sessions (column 1), 1 the contacts' 15-minute slots (column 2), 2 the imported traffic's periods (columns 1 and 3).
    private const string SlotsAndTrafficSql = """
        UNION ALL SELECT 1, NULL, slot, NULL FROM (
            SELECT DISTINCT time_bucket(INTERVAL 15 MINUTE, moment) AS slot FROM (
                SELECT lead_at AS moment FROM contacts WHERE workspace_id = $1 AND lead_at >= $4 AND lead_at < $5
                UNION ALL SELECT customer_at FROM contacts WHERE workspace_id = $1 AND customer_at >= $4 AND customer_at < $5))
        UNION ALL SELECT 2, period_start, NULL, period_end FROM (
            SELECT DISTINCT period_start, period_end FROM traffic WHERE workspace_id = $1 AND period_end >= $2 AND period_start <= $3)
        """;

    private const string RollupSql = "SELECT 0, day, NULL, NULL FROM (SELECT DISTINCT day FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' AND count > 0 AND day >= $2 AND day <= $3)\n" + SlotsAndTrafficSql;

    private const string RawSql = "SELECT 0, day, NULL, NULL FROM (SELECT DISTINCT day FROM sessions WHERE workspace_id = $1 AND day >= $2 AND day <= $3)\n" + SlotsAndTrafficSql;
}
