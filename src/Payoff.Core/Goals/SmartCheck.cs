namespace Payoff.Core.Goals;

/// <summary>The SMART check of a goal: each letter's verdict and the reasons with their numbers.</summary>
/// <param name="Specific">A known metric in a stated scope.</param>
/// <param name="Measurable">The data exists for the metric in the scope.</param>
/// <param name="Achievable">The needed pace is at most three times what the history (and budget) can deliver.</param>
/// <param name="Realistic">The needed pace is within 1.25 times the best the history (and budget) delivered.</param>
/// <param name="TimeBound">The deadline is in the future and after the start.</param>
/// <param name="Baseline">The baseline in effect (given or read), or null when there is no data.</param>
/// <param name="Target">The target in effect, or null when it cannot be computed (a percent on no baseline).</param>
/// <param name="Reasons">One sentence per letter, with the numbers.</param>
public sealed record SmartCheck(bool Specific, bool Measurable, bool Achievable, bool Realistic, bool TimeBound, decimal? Baseline, decimal? Target, IReadOnlyList<string> Reasons)
{
    /// <summary>All five letters hold.</summary>
    public bool Passes => Specific && Measurable && Achievable && Realistic && TimeBound;
}
