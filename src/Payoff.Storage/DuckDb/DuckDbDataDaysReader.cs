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
        var days = db.Query(
            readRollups
                ? "SELECT DISTINCT day FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' AND count > 0 AND day >= $2 AND day <= $3"
                : "SELECT DISTINCT day FROM sessions WHERE workspace_id = $1 AND day >= $2 AND day <= $3",
            r => DateOnly.FromDateTime(r.GetDateTime(0)),
            workspace.Id,
            range.From.ToDateTime(TimeOnly.MinValue),
            range.To.ToDateTime(TimeOnly.MinValue)).ToHashSet();
        foreach (var slot in db.Query(
            """
            SELECT DISTINCT time_bucket(INTERVAL 15 MINUTE, moment) FROM (
                SELECT lead_at AS moment FROM contacts WHERE workspace_id = $1 AND lead_at >= $2 AND lead_at < $3
                UNION ALL SELECT customer_at FROM contacts WHERE workspace_id = $1 AND customer_at >= $2 AND customer_at < $3)
            """,
            r => r.GetDateTime(0),
            workspace.Id,
            start,
            end))
        {
            days.Add(calendar.DateOf(DuckDbDatabase.FromDb(slot)));
        }

        foreach (var (from, to) in db.Query(
            "SELECT DISTINCT period_start, period_end FROM traffic WHERE workspace_id = $1 AND period_end >= $2 AND period_start <= $3",
            r => (DateOnly.FromDateTime(r.GetDateTime(0)), DateOnly.FromDateTime(r.GetDateTime(1))),
            workspace.Id,
            range.From.ToDateTime(TimeOnly.MinValue),
            range.To.ToDateTime(TimeOnly.MinValue)))
        {
            for (var day = from < range.From ? range.From : from; day <= to && day <= range.To; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        days.RemoveWhere(d => !range.Contains(d));
        return Task.FromResult<IReadOnlySet<DateOnly>>(days);
    }
}
