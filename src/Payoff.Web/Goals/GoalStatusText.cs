using Payoff.Core.Goals;

namespace Payoff.Web.Goals;

/// <summary>
/// A goal's status as the goals page shows it: words a person reads ("Off track", not <c>OffTrack</c>) and the
/// tone of its badge (<c>good</c>, <c>warn</c>, <c>bad</c>, <c>neutral</c>: a colour the words never depend on).
/// The one place the page maps <see cref="GoalStatus"/> to text.
/// </summary>
public static class GoalStatusText
{
    /// <summary>The words for <paramref name="status"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A status this mapping does not know (a new enum member).</exception>
    public static string Label(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => "Achieved",
        GoalStatus.OnTrack => "On track",
        GoalStatus.AtRisk => "At risk",
        GoalStatus.OffTrack => "Off track",
        GoalStatus.Missed => "Missed",
        GoalStatus.NoData => "No data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A goal status without words on the goals page."),
    };

    /// <summary>The badge's tone: <c>good</c> (achieved, on track), <c>warn</c> (at risk), <c>bad</c> (off track, missed), <c>neutral</c> (no data).</summary>
    public static string Tone(GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => "good",
        GoalStatus.AtRisk => "warn",
        GoalStatus.OffTrack or GoalStatus.Missed => "bad",
        _ => "neutral",
    };
}
