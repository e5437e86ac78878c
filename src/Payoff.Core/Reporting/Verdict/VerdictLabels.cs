namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// The names every surface prints for roles and recommendations, so they read the same everywhere:
/// <see cref="Name(Recommendation)"/> and <see cref="Name(NetworkRole)"/> are the machine names JSON, CSV and
/// the CLI carry; <see cref="Label(Recommendation)"/> and <see cref="Label(NetworkRole)"/> are the words a page shows a person.
/// </summary>
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

    /// <summary>The recommendation in plain words for a page: "Scale", "Keep", "Optimize", "Reduce time", "Cut", "Not enough data".</summary>
    public static string Label(Recommendation recommendation) => recommendation switch
    {
        Recommendation.ReduceTime => "Reduce time",
        Recommendation.NotEnoughData => "Not enough data",
        _ => recommendation.ToString(),
    };

    /// <summary>The role in plain words for a page: "Converter", "Lead generator", "Traffic driver", "Awareness builder", "Underperformer", "Contributor".</summary>
    public static string Label(NetworkRole role) => role switch
    {
        NetworkRole.TrafficDriver => "Traffic driver",
        NetworkRole.LeadGenerator => "Lead generator",
        NetworkRole.AwarenessBuilder => "Awareness builder",
        _ => role.ToString(),
    };

    /// <summary>
    /// Whether the recommendation is good news, bad news, a warning or neither, for its badge's colour:
    /// <c>good</c> (scale), <c>bad</c> (cut), <c>warn</c> (reduce time, optimize) or <c>neutral</c> (keep, not enough data).
    /// </summary>
    public static string Tone(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Scale => "good",
        Recommendation.Cut => "bad",
        Recommendation.ReduceTime or Recommendation.Optimize => "warn",
        _ => "neutral",
    };
}
