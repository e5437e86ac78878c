namespace Payoff.Core.Goals;

/// <summary>Where a goal stands (reference §7).</summary>
public enum GoalStatus
{
    /// <summary>The target is reached.</summary>
    Achieved,

    /// <summary>Probability of reaching it by the deadline ≥ 0.7.</summary>
    OnTrack,

    /// <summary>Probability between 0.3 and 0.7.</summary>
    AtRisk,

    /// <summary>Probability below 0.3.</summary>
    OffTrack,

    /// <summary>The deadline passed without reaching the target.</summary>
    Missed,

    /// <summary>No data to measure it.</summary>
    NoData,
}
