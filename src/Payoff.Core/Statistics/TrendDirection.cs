namespace Payoff.Core.Statistics;

/// <summary>Where a series of counts is going, as far as its noise lets one tell (<see cref="CountTrend.Direction"/>).</summary>
public enum TrendDirection
{
    /// <summary>No significant slope: steady, or too few to tell.</summary>
    Steady,

    /// <summary>The slope's 95 % interval lies above zero.</summary>
    Rising,

    /// <summary>The slope's 95 % interval lies below zero.</summary>
    Falling,
}
