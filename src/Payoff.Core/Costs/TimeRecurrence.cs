namespace Payoff.Core.Costs;

/// <summary>Staff time that repeats ("30 minutes every weekday on Facebook"), expanded into days when costs are computed.</summary>
/// <param name="Id">The recurrence's id (0 before it is stored).</param>
/// <param name="Network">The network.</param>
/// <param name="Person">Who ("" for the workspace's default rate).</param>
/// <param name="Minutes">Minutes on each day of the pattern.</param>
/// <param name="Days">The days of the week.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or null while it goes on.</param>
public sealed record TimeRecurrence(long Id, string Network, string Person, int Minutes, DayPattern Days, DateOnly From, DateOnly? To = null)
{
    /// <summary>The days of <paramref name="from"/>..<paramref name="to"/> this recurrence covers.</summary>
    public IEnumerable<DateOnly> Occurrences(DateOnly from, DateOnly to)
    {
        var first = from > From ? from : From;
        var last = To is { } end && end < to ? end : to;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (Days.Includes(day))
            {
                yield return day;
            }
        }
    }
}
