using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Cuts instants into the workspace's local days by the days' starting instants (<see cref="WorkspaceCalendar.StartOfDay"/>),
/// exactly as the ASOF join on <c>payoff_days</c> cuts them in SQL (DST-safe), remembering the last day's bounds so a run
/// of nearby instants (one visitor's sessions) costs one time-zone conversion.
/// </summary>
internal sealed class LocalDays(WorkspaceCalendar calendar)
{
    private DateTimeOffset start = DateTimeOffset.MaxValue;
    private DateTimeOffset end = DateTimeOffset.MinValue;
    private DateOnly day;

    /// <summary>The local day <paramref name="instant"/> falls on: the day whose start is the last one at or before it.</summary>
    public DateOnly Of(DateTimeOffset instant)
    {
        if (instant >= start && instant < end)
        {
            return day;
        }

        var d = calendar.DateOf(instant);
        while (instant < calendar.StartOfDay(d))
        {
            d = d.AddDays(-1);
        }

        while (instant >= calendar.StartOfDay(d.AddDays(1)))
        {
            d = d.AddDays(1);
        }

        (day, start, end) = (d, calendar.StartOfDay(d), calendar.StartOfDay(d.AddDays(1)));
        return d;
    }
}
