namespace Payoff.Core.Reporting.Verdict;

/// <summary>What to do with a network.</summary>
public enum Recommendation
{
    /// <summary>Give it more time or budget.</summary>
    Scale,

    /// <summary>Keep as it is.</summary>
    Keep,

    /// <summary>Experiment: content, positioning, targeting, landing pages.</summary>
    Optimize,

    /// <summary>Spend less staff time on it.</summary>
    ReduceTime,

    /// <summary>Stop, after the listed experiments.</summary>
    Cut,

    /// <summary>Too little data to say.</summary>
    NotEnoughData,
}
