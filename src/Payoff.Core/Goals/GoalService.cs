using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Goals;

/// <summary>
/// Checks and tracks goals against the ledger: one read covers every goal asked about, or a page hands in what its one
/// read already holds (<see cref="Track(Ledger.Ledger, IReadOnlyList{Goal}, DateOnly)"/>).
/// </summary>
public sealed class GoalService(ILedgerReader reader, TimeProvider time)
{
    /// <summary>Days of history read before the earliest goal's start.</summary>
    public const int HistoryDays = 400;

    /// <summary>The SMART check of <paramref name="goal"/> as of today.</summary>
    public async Task<SmartCheck> CheckAsync(Workspace workspace, Goal goal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goal);
        var today = workspace.Calendar.Today(time);
        var ledger = await ReadAsync(workspace, [goal], today, cancellationToken);
        var scopeCost = MetricSeries.Of(ledger, GoalMetrics.Find("cost")!, goal.Scope with { Label = null });
        return SmartChecker.Check(goal, Series(ledger, goal), today, scopeCost);
    }

    /// <summary>The standing of each of <paramref name="goals"/> as of today: one read of <see cref="HistoryRange"/>.</summary>
    public async Task<IReadOnlyList<GoalProgress>> TrackAsync(Workspace workspace, IReadOnlyList<Goal> goals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goals);
        if (goals.Count == 0)
        {
            return [];
        }

        var today = workspace.Calendar.Today(time);
        var data = HistoryRange(goals, today) is { } range ? await reader.ReadAsync(workspace, range, cancellationToken) : null;
        return Track(data, workspace.Currency, goals, today);
    }

    /// <summary>
    /// The days tracking <paramref name="goals"/> on <paramref name="today"/> reads: <see cref="HistoryDays"/> before the
    /// earliest start (today's, for a goal not started yet; never before <see cref="Goal.EarliestDate"/>) to today; null
    /// when no goal has its dates in range (<see cref="Goal.DatesInRange"/>), so nothing is read.
    /// </summary>
    public static DateRange? HistoryRange(IReadOnlyList<Goal> goals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var tracked = goals.Where(g => g.DatesInRange).ToList();
        return tracked.Count == 0 ? null : Window(tracked, today);
    }

    /// <summary>
    /// The standing of each of <paramref name="goals"/> on <paramref name="today"/> from ledger data already read for a
    /// window holding <see cref="HistoryRange"/> (a page's one read): the days outside it are left out in memory, so the
    /// answer is <see cref="TrackAsync"/>'s. <paramref name="data"/> may be null only when the history range is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null while a goal can be tracked.</exception>
    public static IReadOnlyList<GoalProgress> Track(LedgerData? data, string currency, IReadOnlyList<Goal> goals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var range = HistoryRange(goals, today);
        if (range is not null)
        {
            ArgumentNullException.ThrowIfNull(data);
        }

        return Track(range is null ? null : Ledger.Ledger.Build(data!, currency, range), goals, today);
    }

    /// <summary>
    /// The standing of each of <paramref name="goals"/> on <paramref name="today"/> from a ledger already built over a window
    /// holding <see cref="HistoryRange"/> (a page's one read and build): its <see cref="Ledger.Ledger.Within"/> the history
    /// range is what <see cref="TrackAsync"/> tracks on, so the answer is the same. <paramref name="ledger"/> may be null
    /// only when the history range is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null while a goal can be tracked.</exception>
    /// <exception cref="ArgumentException"><paramref name="ledger"/> does not cover the goals' history range.</exception>
    public static IReadOnlyList<GoalProgress> Track(Ledger.Ledger? ledger, IReadOnlyList<Goal> goals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var range = HistoryRange(goals, today);
        Ledger.Ledger? history = null;
        if (range is not null)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            history = ledger.Within(range);
        }

        return [.. goals.Select(g => history is not null && g.DatesInRange ? GoalTracker.Track(g, Series(history, g), today) : OutOfRange(g))];
    }

    /// <summary>
    /// A goal stored before dates were checked, whose start or deadline lies outside
    /// <see cref="Goal.EarliestDate"/>–<see cref="Goal.LatestDate"/>: not tracked (its history or forecast
    /// would leave the calendar), and the note says how to mend it.
    /// </summary>
    private static GoalProgress OutOfRange(Goal goal)
    {
        var field = goal.Start < Goal.EarliestDate || goal.Start > Goal.LatestDate ? $"start {goal.Start:yyyy-MM-dd}" : $"deadline {goal.Deadline:yyyy-MM-dd}";
        var note = $"Not tracked: its {field} lies outside {Goal.EarliestDate:yyyy-MM-dd} to {Goal.LatestDate:yyyy-MM-dd}. Fix it with payoff goal edit {goal.Id} --{field.Split(' ')[0]} YYYY-MM-DD.";
        return new GoalProgress(goal, null, null, null, null, null, null, null, null, GoalStatus.NoData, [], note);
    }

    /// <summary>The series a goal is measured on (followers rebuilt from new followers when the goal gives its baseline).</summary>
    public static MetricSeries Series(Ledger.Ledger ledger, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return MetricSeries.Of(ledger, goal.Metric, goal.Scope, goal.Baseline is { } b ? (goal.Start, (double)b) : null);
    }

    private async Task<Ledger.Ledger> ReadAsync(Workspace workspace, IReadOnlyList<Goal> goals, DateOnly today, CancellationToken cancellationToken)
    {
        var range = Window(goals, today);
        return Ledger.Ledger.Build(await reader.ReadAsync(workspace, range, cancellationToken), workspace.Currency, range);
    }

    /// <summary><see cref="HistoryDays"/> before the earliest of <paramref name="goals"/>' starts (today for one not started, never before <see cref="Goal.EarliestDate"/>) to today.</summary>
    private static DateRange Window(IReadOnlyList<Goal> goals, DateOnly today)
    {
        var earliest = goals.Min(g => g.Start < today ? g.Start : today);
        earliest = earliest < Goal.EarliestDate ? Goal.EarliestDate : earliest;
        return new DateRange(earliest.AddDays(-HistoryDays), today);
    }
}
