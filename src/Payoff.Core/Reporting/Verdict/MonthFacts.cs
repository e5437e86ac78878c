namespace Payoff.Core.Reporting.Verdict;

/// <summary>One judged month of one network.</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Covered">True only when the month is whole in the data: the network's (and the workspace's) first day of web data is on or before its first day. A month before the data is no data, not zeros; a month the data starts inside is partial and left out of the trend.</param>
/// <param name="Sessions">Its sessions (0 when not covered).</param>
/// <param name="Contacts">Its new contacts (0 when not covered).</param>
/// <param name="Cost">What it cost that month (ad spend + staff time + fees), in the workspace currency.</param>
public sealed record MonthFacts(DateOnly Month, bool Covered, long Sessions, long Contacts, decimal Cost)
{
    /// <summary>Whether the data starts inside this month, after its first day: its counts are real but cover only part of it.</summary>
    public bool Partial { get; init; }
}
