using System.Globalization;

namespace Payoff.Core.Goals;

/// <summary>
/// Checks a goal's SMART letters against the data (reference §7), each with a sentence that quotes
/// the numbers. Achievable and Realistic compare the pace the goal needs with what the 90 days before the start (or
/// before today, for a goal that starts later) delivered (mean and standard deviation) and the best calendar month of the last year — plus, with a
/// budget, what the budget buys at the history's own cost per unit:
/// capacity = max(best month's daily pace, recent daily pace) + budget ÷ cost per unit ÷ days;
/// realistic when the need is at most 1.25 × capacity, achievable when at most 3 ×.
/// For a rate the target is compared with the best month's and the recent rate (realistic within 10 %
/// of the better one, achievable within 50 %).
/// </summary>
public static class SmartChecker
{
    private const double RealisticFactor = 1.25;
    private const double AchievableFactor = 3.0;

    /// <summary>Checks <paramref name="goal"/> on <paramref name="today"/>; <paramref name="cost"/> is the scope's cost series (for a budget).</summary>
    public static SmartCheck Check(Goal goal, MetricSeries series, DateOnly today, MetricSeries? cost = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(series);
        var reasons = new List<string>();
        var metric = goal.Metric;
        reasons.Add($"Specific: {metric.Name} in {goal.Scope}{(goal.Scope.IsNarrowed ? string.Empty : " (workspace-wide)")}.");

        var measurable = series.HasData;
        reasons.Add(measurable
            ? string.Create(CultureInfo.InvariantCulture, $"Measurable: data since {series.FirstDataDay:yyyy-MM-dd}.")
            : $"Not measurable: {series.Missing ?? "no data"}");

        var timeBound = goal.Deadline > today && goal.Deadline >= goal.Start;
        reasons.Add(timeBound
            ? string.Create(CultureInfo.InvariantCulture, $"Time-bound: {goal.Days} days, {goal.Start:yyyy-MM-dd} to {goal.Deadline:yyyy-MM-dd}.")
            : goal.Deadline < goal.Start
                ? "Not time-bound: the deadline is before the start."
                : string.Create(CultureInfo.InvariantCulture, $"Not time-bound: the deadline {goal.Deadline:yyyy-MM-dd} is not in the future."));

        var baseline = GoalTargets.Baseline(goal, series);
        var target = GoalTargets.Target(goal, baseline);
        bool achievable = false, realistic = false;
        if (target is null)
        {
            reasons.Add("Cannot judge achievability: a percent target needs a baseline, and the data has none at the start (give --baseline).");
        }
        else if (!measurable && goal.Baseline is null)
        {
            reasons.Add("Cannot judge achievability without data.");
        }
        else if (metric.IsShare && target > 1 + 1e-9)
        {
            // A percent target on a share can ask for more than everything (a 60 % response rate raised by 100 %).
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Not achievable, so not realistic: the target {target * 100:0.##} % is above 100 %, the most a share can reach."));
        }
        else if (metric.Kind == MetricKind.Ratio)
        {
            (achievable, realistic) = CheckRate(goal, series, today, target.Value, reasons);
        }
        else
        {
            (achievable, realistic) = CheckPace(goal, series, today, baseline, target.Value, cost, reasons);
        }

        return new SmartCheck(true, measurable, achievable, realistic, timeBound, Round(baseline), Round(target), reasons);
    }

    private static (bool Achievable, bool Realistic) CheckPace(Goal goal, MetricSeries series, DateOnly today, double? baseline, double target, MetricSeries? cost, List<string> reasons)
    {
        var metric = goal.Metric;
        var needed = metric.Kind == MetricKind.Level ? (target - (baseline ?? 0)) / goal.Days : target / goal.Days;
        var unit = Unit(metric);
        var anchor = goal.Start <= today ? goal.Start : today.AddDays(1);
        var daily = Increments(series, anchor.AddDays(-90), anchor.AddDays(-1));
        var recent = daily.Length == 0 ? 0 : daily.Average();
        var sd = daily.Length < 2 ? 0 : Math.Sqrt(daily.Sum(d => (d - recent) * (d - recent)) / (daily.Length - 1));
        var best = BestMonth(series, anchor);
        if (!metric.HigherIsBetter)
        {
            // A cost goal: the target is a ceiling; any pace at or under what the history spends is realistic.
            var ok = needed >= Math.Min(recent, best ?? recent) / RealisticFactor || needed <= 0 || recent == 0;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "Realistic" : "Not realistic")}: allows {needed:0.##} {unit} a day; the {Window(goal, today)} averaged {recent:0.##} a day."));
            return (ok || needed * AchievableFactor >= recent, ok);
        }

        if (needed <= 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Realistic: the target ({target:0.##}) is already at or below the baseline ({baseline ?? 0:0.##})."));
            return (true, true);
        }

        var budgetPace = 0.0;
        var budgetText = string.Empty;
        if (goal.Budget is { } budget and > 0)
        {
            var spent = cost is null ? 0 : cost.Sums(anchor.AddDays(-365), anchor.AddDays(-1)).Numerator;
            var gained = Increments(series, anchor.AddDays(-365), anchor.AddDays(-1)).Sum();
            if (spent > 0 && gained > 0)
            {
                var perUnit = spent / gained;
                budgetPace = (double)budget / perUnit / goal.Days;
                budgetText = string.Create(CultureInfo.InvariantCulture, $"; the budget of {budget:0.##} buys about {budgetPace:0.##} more a day at the last year's {perUnit:0.##} per {unit.TrimEnd('s')}");
            }
            else
            {
                budgetText = "; the budget cannot be priced: there is no past cost with results in this scope";
            }
        }

        var capacity = Math.Max(best ?? 0, recent) + budgetPace;
        var history = string.Create(CultureInfo.InvariantCulture, $"{Window(goal, today)}: {recent:0.##} a day, σ {sd:0.##}{(best is { } b ? string.Create(CultureInfo.InvariantCulture, $"; best month: {b:0.##} a day") : string.Empty)}{budgetText}");
        var need = string.Create(CultureInfo.InvariantCulture, $"needs {needed:0.##} {unit} a day ({needed * goal.Days:0.##} in {goal.Days} days)");
        if (capacity <= 0)
        {
            reasons.Add($"Not achievable as far as the data shows: it {need}, and the history has none ({history}).");
            return (false, false);
        }

        var times = needed / capacity;
        var realistic = times <= RealisticFactor;
        var achievable = times <= AchievableFactor;
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{(realistic ? "Realistic" : achievable ? "Achievable but not realistic" : "Not realistic")}: it {need}, {times:0.##}× the most the history delivered ({history})."));
        return (achievable, realistic);
    }

    // The history the check reads: the 90 days before the goal's start, or before today for a goal that starts later.
    private static string Window(Goal goal, DateOnly today) => goal.Start <= today ? "90 days before the start" : "last 90 days";

    private static (bool Achievable, bool Realistic) CheckRate(Goal goal, MetricSeries series, DateOnly today, double target, List<string> reasons)
    {
        var anchor = goal.Start <= today ? goal.Start : today.AddDays(1);
        var recent = series.Value(anchor.AddDays(-90), anchor.AddDays(-1));
        var months = Months(anchor).Select(m => series.Value(m.From, m.To)).OfType<double>().ToList();
        double? best = months.Count == 0 ? null : goal.Metric.HigherIsBetter ? months.Max() : months.Min();
        var reference = new[] { recent, best }.OfType<double>().ToList();
        if (reference.Count == 0)
        {
            reasons.Add($"Cannot judge achievability: no {goal.Metric.Name} in the last year before the start.");
            return (false, false);
        }

        var better = goal.Metric.HigherIsBetter ? reference.Max() : reference.Min();
        var format = goal.Metric.IsPercentage ? "0.##%" : "0.##";
        var text = string.Create(CultureInfo.InvariantCulture, $"the target {target.ToString(format, CultureInfo.InvariantCulture)} against {(recent?.ToString(format, CultureInfo.InvariantCulture) ?? "—")} in the {Window(goal, today)} and {(best?.ToString(format, CultureInfo.InvariantCulture) ?? "—")} in the best month");
        bool realistic, achievable;
        if (goal.Metric.HigherIsBetter)
        {
            realistic = target <= better * 1.1 || target <= better + 1e-9;
            achievable = target <= better * 1.5;
        }
        else
        {
            realistic = target >= better / 1.1;
            achievable = target >= better / 1.5;
        }

        reasons.Add($"{(realistic ? "Realistic" : achievable ? "Achievable but not realistic" : "Not realistic")}: {text}.");
        return (achievable, realistic);
    }

    /// <summary>Daily increments: a flow's daily amounts; a level's day-to-day changes (days without a value skipped).</summary>
    internal static double[] Increments(MetricSeries series, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return [];
        }

        var daily = series.Daily(from.AddDays(series.Metric.Kind == MetricKind.Level ? -1 : 0), to);
        if (series.Metric.Kind != MetricKind.Level)
        {
            return series.FirstDataDay is { } first ? [.. daily.Skip(Math.Max(0, first.DayNumber - from.DayNumber))] : [];
        }

        var result = new List<double>();
        for (var i = 1; i < daily.Length; i++)
        {
            if (!double.IsNaN(daily[i]) && !double.IsNaN(daily[i - 1]))
            {
                result.Add(daily[i] - daily[i - 1]);
            }
        }

        return [.. result];
    }

    private static double? BestMonth(MetricSeries series, DateOnly anchor)
    {
        double? best = null;
        foreach (var (from, to) in Months(anchor))
        {
            var increments = Increments(series, from, to);
            if (increments.Length >= (to.DayNumber - from.DayNumber + 1) / 2)
            {
                var pace = increments.Sum() / (to.DayNumber - from.DayNumber + 1);
                best = best is null ? pace : Math.Max(best.Value, pace);
            }
        }

        return best;
    }

    /// <summary>The complete calendar months of the year before <paramref name="anchor"/>.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Months(DateOnly anchor)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(-12);
        for (var i = 0; i < 12; i++, month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (end < anchor)
            {
                yield return (month, end);
            }
        }
    }

    private static string Unit(GoalMetric metric) => metric.Name switch
    {
        "followers" => "new followers",
        "revenue" or "value" or "ad-spend" or "cost" => "in money",
        _ => metric.Name.Replace('-', ' '),
    };

    private static decimal? Round(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? decimal.Round((decimal)v, 4) : null;
}
