namespace Payoff.Core.Reporting.Verdict;

/// <summary>The names every surface (CLI, API clients, pages) prints for roles and recommendations, so they read the same everywhere.</summary>
public static class VerdictLabels
{
    /// <summary>The recommendation's name: <c>scale</c>, <c>keep</c>, <c>optimize</c>, <c>reduce-time</c>, <c>cut</c>, <c>not-enough-data</c>.</summary>
    public static string Name(Recommendation recommendation) => recommendation switch
    {
        Recommendation.ReduceTime => "reduce-time",
        Recommendation.NotEnoughData => "not-enough-data",
        _ => recommendation.ToString().ToLowerInvariant(),
    };

    /// <summary>The role's name: <c>converter</c>, <c>lead-generator</c>, <c>traffic-driver</c>, <c>awareness-builder</c>, <c>underperformer</c>, <c>contributor</c>.</summary>
    public static string Name(NetworkRole role) => role switch
    {
        NetworkRole.TrafficDriver => "traffic-driver",
        NetworkRole.LeadGenerator => "lead-generator",
        NetworkRole.AwarenessBuilder => "awareness-builder",
        _ => role.ToString().ToLowerInvariant(),
    };
}
