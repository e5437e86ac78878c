using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting;

/// <summary>
/// How many days of a comparison period the workspace has data on — the half of Payoff's comparison
/// rule that says whether a percentage against that period means anything (docs/METRICS.md,
/// "Comparisons").
/// </summary>
/// <param name="Days">The period's days (at least 1).</param>
/// <param name="DaysWithData">Its days with data (<see cref="IDataDaysReader"/>), 0 to <paramref name="Days"/>.</param>
public sealed record Coverage(int Days, int DaysWithData)
{
    /// <summary>A period with data on every one of its <paramref name="days"/>, for sums that need no check (tests, one-off figures).</summary>
    public static Coverage Full(int days) => new(days, days);

    /// <summary>
    /// Whether the period has data on most of its days: strictly more than half of them. Below that a
    /// change against it is shown as "new" (or "—"), never as a percentage.
    /// </summary>
    public bool IsEnough => DaysWithData * 2 > Days;

    /// <summary>The coverage of <paramref name="range"/> by <paramref name="daysWithData"/> (days outside the range are ignored).</summary>
    public static Coverage Of(DateRange range, IReadOnlySet<DateOnly> daysWithData)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(daysWithData);
        var count = 0;
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            if (daysWithData.Contains(day))
            {
                count++;
            }
        }

        return new Coverage(range.Days, count);
    }
}
