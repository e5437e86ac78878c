using System.Globalization;
using Payoff.Core.Goals;
using Payoff.Application.Goals;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;
using Payoff.Application.Tables;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Goals;

/// <summary>The goals table and each goal's chart (actual against plan, the forecast with its interval, the target line).</summary>
public static class GoalsModel
{
    /// <summary>
    /// The key the workspace's active goals' progress on <paramref name="today"/> is kept under (<see cref="DashboardCache.Kept"/>),
    /// per data version: the overview and the goals page share it, so a second page of the same data does not track them again.
    /// </summary>
    public static string CacheKey(Workspace workspace, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return string.Create(CultureInfo.InvariantCulture, $"goals|{workspace.Id}|{today:yyyy-MM-dd}");
    }

    /// <summary>The workspace's active goals tracked today: kept from a page of the same data, else tracked in <paramref name="session"/> and kept.</summary>
    public static async Task<IReadOnlyList<GoalProgress>> TrackAsync(IStoreSession session, Workspace workspace, TimeProvider time, DashboardCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(cache);
        var key = CacheKey(workspace, workspace.Calendar.Today(time));
        if (cache.Kept<IReadOnlyList<GoalProgress>>(key) is { } kept)
        {
            return kept;
        }

        var version = cache.DataVersion;
        var progress = await GoalsHandler.TrackAsync(session, workspace, time, cancellationToken);
        cache.Keep(key, version, progress);
        return progress;
    }

    /// <summary>The workspace's active goals, tracked today in the scope's session.</summary>
    public static Task<IReadOnlyList<GoalProgress>> TrackAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return GoalsHandler.TrackAsync(scope.Session, scope.Workspace, scope.Time, cancellationToken);
    }

    /// <summary>The goals as their one table (<see cref="GoalsReportTable"/>), each goal linking to its page.</summary>
    public static ReportTable Table(DashboardScope scope, IReadOnlyList<GoalProgress> goals)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(goals);
        return GoalsReportTable.Build(goals, scope.Workspace.Currency, g => scope.Link("/goals", ("goal", g.Goal.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The goals table as a page shows it: <see cref="Table"/> with each metric in words (<see cref="GoalMetricLabels"/>); exports keep the machine names.</summary>
    public static ReportTable PageTable(DashboardScope scope, IReadOnlyList<GoalProgress> goals)
    {
        var table = Table(scope, goals);
        return table with
        {
            Rows = [.. table.Rows.Zip(goals, (row, goal) => row with { Cells = [.. row.Cells.Select((cell, i) => i == 2 ? GoalMetricLabels.Label(goal.Goal.Metric) : cell)] })],
        };
    }

    /// <summary>
    /// A goal's start (where actual and plan both begin: 0 for a flow, counted from the start; the baseline for a level or
    /// a ratio), its months (actual and plan), then the deadline with the forecast and its interval; the target as a flat
    /// line. So a goal added today has a line, not a point.
    /// </summary>
    public static (IReadOnlyList<string> Labels, IReadOnlyList<ChartLine> Lines) Chart(GoalProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var origin = progress.Goal.Metric.Kind == MetricKind.Flow ? 0 : (double?)progress.Baseline;
        var labels = progress.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Prepend("start " + progress.Goal.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var actual = progress.Months.Select(m => (double?)m.Actual).Prepend(progress.Months.Count == 0 ? null : origin).ToList();
        var plan = progress.Months.Select(m => (double?)m.Planned).Prepend(origin).ToList();
        var forecast = actual.Select(_ => (double?)null).ToList();
        var low = forecast.ToList();
        var high = forecast.ToList();
        if (progress.Forecast is { } f)
        {
            // The forecast starts where the actual line ends, and reaches the deadline.
            var last = actual.FindLastIndex(a => a is not null);
            if (last >= 0)
            {
                forecast[last] = low[last] = high[last] = actual[last];
            }

            labels.Add("deadline " + progress.Goal.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            actual.Add(null);
            plan.Add((double?)progress.Target);
            forecast.Add((double)f);
            low.Add((double?)progress.ForecastLow);
            high.Add((double?)progress.ForecastHigh);
        }

        var target = labels.Select(_ => (double?)progress.Target).ToList();
        var lines = new List<ChartLine>
        {
            new("Actual", actual),
            new("Plan", plan) { Stroke = ChartStroke.Dashed },
            new("Target", target) { Stroke = ChartStroke.Dotted },
        };
        if (progress.Forecast is not null)
        {
            lines.Add(new("Forecast", forecast) { Stroke = ChartStroke.Dashed });
            lines.Add(new("95 % low", low) { Stroke = ChartStroke.BandLow });
            lines.Add(new("95 % high", high) { Stroke = ChartStroke.BandHigh });
        }

        return (labels, lines);
    }
}
