namespace Payoff.Core.Reporting.Verdict;

/// <summary>One judged month of one network.</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Covered">False when the month ends before the network's (or the workspace's) first day of web data: no data, not zeros.</param>
/// <param name="Sessions">Its sessions (0 when not covered).</param>
/// <param name="Contacts">Its new contacts (0 when not covered).</param>
/// <param name="Cost">What it cost that month (ad spend + staff time + fees), in the workspace currency.</param>
public sealed record MonthFacts(DateOnly Month, bool Covered, long Sessions, long Contacts, decimal Cost);
