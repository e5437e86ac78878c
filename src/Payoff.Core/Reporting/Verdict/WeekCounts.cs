namespace Payoff.Core.Reporting.Verdict;

/// <summary>One covered week of one network: the counts the trend test fits.</summary>
/// <param name="Start">The week's first day (weeks run in 7-day steps from the first covered day of the period).</param>
/// <param name="Days">Its days in the period: 7, or fewer for the last week, which counts as that share of a week.</param>
/// <param name="Sessions">Its sessions.</param>
/// <param name="Contacts">Its new contacts.</param>
public sealed record WeekCounts(DateOnly Start, int Days, long Sessions, long Contacts);
