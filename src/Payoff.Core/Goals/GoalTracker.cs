using Payoff.Core.Statistics;

namespace Payoff.Core.Goals;

/// <summary>
/// Tracks a goal (reference §7): current value, progress, a Holt forecast to the deadline with its
/// 95 % interval, the probability of reaching the target, and the status — achieved, on track (≥ 0.7),
/// at risk (0.3–0.7), off track (&lt; 0.3), missed — with the goal's months against a straight plan.
/// </summary>
/// <remarks>
/// A level is forecast from its daily values of the last 180 days; a flow from its running total over
/// the same days (the remaining days' sum is the running total's forecast rise); a ratio as the ratio
/// of the forecast numerator and denominator totals, its interval from the day-to-day spread of the
/// rate divided by √(days in the goal). With fewer than 7 days of history there is no forecast.
/// </remarks>
public static class GoalTracker
{
    private const int HistoryDays = 180;

    /// <summary>The days whose pooled rate a ratio metric's forecast carries forward.</summary>
    private const int RecentDays = 28;

    /// <summary>The standing of <paramref name="goal"/> on <paramref name="today"/>.</summary>
    public static GoalProgress Track(Goal goal, MetricSeries series, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(series);
        var baseline = GoalTargets.Baseline(goal, series);
        var target = GoalTargets.Target(goal, baseline);
        if (!series.HasData)
        {
            return new GoalProgress(goal, D(baseline), D(target), null, null, null, null, null, null, GoalStatus.NoData, [], series.Missing);
        }

        var asOf = today < goal.Deadline ? today : goal.Deadline;
        var current = asOf < goal.Start ? null : Current(goal, series, asOf);
        var progress = current is { } c && target is { } t ? Progress(goal, baseline, c, t) : null;
        var achieved = current is { } cur && target is { } tar && GoalTargets.Meets(goal.Metric, cur, tar);
        HoltForecast? forecast = null;
        string? note = target is null ? "A percent target needs a baseline; the data has none at the start." : null;
        // The deadline day is still going until it ends in the workspace's zone: only after it is the value final.
        if (today > goal.Deadline)
        {
            forecast = current is { } final ? new HoltForecast(0, final, 0) : null;
        }
        else
        {
            forecast = Forecast(goal, series, today);
            if (forecast is null)
            {
                note ??= "Fewer than 7 days of data: no forecast yet.";
            }
        }

        double? probability = achieved ? 1 : forecast is null || target is null ? null
            : goal.Metric.HigherIsBetter ? forecast.ProbabilityAtLeast(target.Value) : forecast.ProbabilityAtMost(target.Value);
        var status = achieved ? GoalStatus.Achieved
            : today > goal.Deadline ? GoalStatus.Missed
            : probability is null ? GoalStatus.AtRisk
            : probability >= 0.7 ? GoalStatus.OnTrack
            : probability >= 0.3 ? GoalStatus.AtRisk
            : GoalStatus.OffTrack;
        // The interval never leaves what the metric can be (a share 0–100 %, a time or count not below zero).
        return new GoalProgress(
            goal, D(baseline), D(target), D(current), D(progress), D(forecast?.Value),
            D(forecast is null ? null : Bound(goal.Metric, forecast.Low)), D(forecast is null ? null : Bound(goal.Metric, forecast.High)), D(probability), status,
            Months(goal, series, asOf, baseline, target), note);
    }

    private static double? Current(Goal goal, MetricSeries series, DateOnly asOf) =>
        goal.Metric.Kind == MetricKind.Level ? series.LevelAt(asOf) : series.Value(goal.Start, asOf);

    private static double? Progress(Goal goal, double? baseline, double current, double target)
    {
        if (goal.Metric.Kind == MetricKind.Flow)
        {
            return target == 0 ? null : current / target;
        }

        var from = baseline ?? 0;
        return target == from ? null : (current - from) / (target - from);
    }

    private static HoltForecast? Forecast(Goal goal, MetricSeries series, DateOnly today)
    {
        var from = today.AddDays(-HistoryDays + 1);
        if (series.FirstDataDay is { } first && first > from)
        {
            from = first;
        }

        var horizon = goal.Deadline.DayNumber - today.DayNumber;
        switch (goal.Metric.Kind)
        {
            case MetricKind.Level:
            {
                var values = series.Daily(from, today).Where(v => !double.IsNaN(v)).ToArray();
                return values.Length < 7 ? null : HoltModel.Fit(values).Forecast(horizon);
            }

            case MetricKind.Flow:
            {
                var running = Running(series.Daily(from, today));
                if (running.Length < 7)
                {
                    return null;
                }

                var model = HoltModel.Fit(running);
                var end = model.Forecast(horizon);
                var last = running[^1];

                // The goal counts from its start: what is in already, plus the forecast rise after today
                // (less the rise before the start when the goal starts in the future).
                var sofar = goal.Start <= today ? series.Value(goal.Start, today) ?? 0 : 0;
                var skipped = goal.Start > today ? model.Forecast(goal.Start.DayNumber - today.DayNumber - 1).Value - last : 0;
                return new HoltForecast(horizon, sofar + (end.Value - last) - skipped, end.StandardError);
            }

            default:
            {
                var rates = series.Daily(from, today).Where(v => !double.IsNaN(v)).ToArray();
                if (rates.Length < 7)
                {
                    return null;
                }

                var (n, d) = goal.Start <= today ? series.Sums(goal.Start, today) : (0, 0);
                var numerators = new List<double>();
                var denominators = new List<double>();
                for (var day = from; day <= today; day = day.AddDays(1))
                {
                    var (dayN, dayD) = series.Sums(day, day);
                    numerators.Add(dayN);
                    denominators.Add(dayD);
                }

                // The denominator's volume is forecast (Holt on its running total); the rate on that future volume is
                // the last 28 days' pooled rate (numerator ÷ denominator), kept within the metric's range. Forecasting the
                // numerator apart would let two extrapolations drift to a share above 100 % or a negative time.
                var riseDen = Math.Max(0, Rise([.. denominators], horizon));
                var recent = Math.Min(RecentDays, numerators.Count);
                var recentDen = denominators.Skip(denominators.Count - recent).Sum();
                var rate = recentDen > 0 ? numerators.Skip(numerators.Count - recent).Sum() / recentDen
                    : d > 0 ? n / d
                    : double.NaN;
                if (double.IsNaN(rate) || d + riseDen == 0)
                {
                    return null;
                }

                rate = Bound(goal.Metric, rate);
                var spread = HoltModel.Fit(rates).Forecast(horizon).StandardError / Math.Sqrt(Math.Max(1, goal.Days));
                return new HoltForecast(horizon, Bound(goal.Metric, (n + (rate * riseDen)) / (d + riseDen)), spread);
            }
        }
    }

    /// <summary><paramref name="value"/> kept within what <paramref name="metric"/> can be: never below zero unless it can be negative, a share never above one.</summary>
    private static double Bound(GoalMetric metric, double value) =>
        Math.Min(metric.IsShare ? 1 : double.MaxValue, metric.CanBeNegative ? value : Math.Max(0, value));

    /// <summary>How much a daily series' running total is forecast to rise over <paramref name="horizon"/> days.</summary>
    private static double Rise(double[] daily, int horizon)
    {
        var running = Running(daily);
        return HoltModel.Fit(running).Forecast(horizon).Value - running[^1];
    }

    private static double[] Running(double[] daily)
    {
        var result = new double[daily.Length];
        var sum = 0.0;
        for (var i = 0; i < daily.Length; i++)
        {
            sum += double.IsNaN(daily[i]) ? 0 : daily[i];
            result[i] = sum;
        }

        return result;
    }

    private static List<GoalMonth> Months(Goal goal, MetricSeries series, DateOnly asOf, double? baseline, double? target)
    {
        var months = new List<GoalMonth>();
        for (var month = new DateOnly(goal.Start.Year, goal.Start.Month, 1); month <= asOf; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            end = end < asOf ? end : asOf;
            if (end < goal.Start)
            {
                continue;
            }

            var elapsed = (double)(end.DayNumber - goal.Start.DayNumber + 1) / goal.Days;
            var planned = target is not { } t ? (double?)null
                : goal.Metric.Kind == MetricKind.Flow ? t * elapsed
                : (baseline ?? t) + ((t - (baseline ?? t)) * elapsed);
            months.Add(new GoalMonth(month, D(Current(goal, series, end)), D(planned)));
        }

        return months;
    }

    private static decimal? D(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? decimal.Round((decimal)v, 4) : null;
}
