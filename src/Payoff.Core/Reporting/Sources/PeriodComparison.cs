namespace Payoff.Core.Reporting.Sources;

/// <summary>What a report compares its period with.</summary>
public enum PeriodComparison
{
    /// <summary>No comparison.</summary>
    None,

    /// <summary>The same number of days just before.</summary>
    PreviousPeriod,

    /// <summary>The same days a year earlier.</summary>
    PreviousYear,
}
