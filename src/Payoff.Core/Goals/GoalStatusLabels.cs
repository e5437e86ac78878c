namespace Payoff.Core.Goals;

/// <summary>
/// A goal status as a person reads it ("Off track") and the tone of its badge. The machine names JSON, CSV and
/// the CLI carry (<c>off-track</c>) are the goals report's own (<c>GoalsReportJson.Status</c>) and do not change.
/// </summary>
public static class GoalStatusLabels
{
    /// <summary>"Achieved", "On track", "At risk", "Off track", "Missed" or "No data".</summary>
    public static string Label(GoalStatus status) => status switch
    {
        GoalStatus.OnTrack => "On track",
        GoalStatus.AtRisk => "At risk",
        GoalStatus.OffTrack => "Off track",
        GoalStatus.NoData => "No data",
        _ => status.ToString(),
    };

    /// <summary><c>good</c> (achieved, on track), <c>warn</c> (at risk), <c>bad</c> (off track, missed) or <c>neutral</c> (no data).</summary>
    public static string Tone(GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => "good",
        GoalStatus.AtRisk => "warn",
        GoalStatus.OffTrack or GoalStatus.Missed => "bad",
        _ => "neutral",
    };
}
