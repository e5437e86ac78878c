using System.Globalization;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Reports;

/// <summary>
/// The months <c>/api/reports/verdict</c> judges, from its query: <c>from</c> and <c>to</c> as days
/// (yyyy-MM-dd, like every other report) or months (yyyy-MM: <c>from</c> the month's first day,
/// <c>to</c> its last), cut to whole months by <see cref="VerdictPeriod.Resolve"/> — the same rule as
/// the CLI and the pages. Without <c>from</c>, the <c>months</c> whole months (3 by default) ending
/// with the last whole month up to <c>to</c> (today by default).
/// </summary>
public static class VerdictQuery
{
    /// <summary>The most months <c>months</c> may ask for.</summary>
    public const int MaxMonths = 24;

    /// <summary>
    /// The period, or null and a sentence naming the field: an unreadable value, a day outside
    /// <see cref="DayLimits"/>, <c>from</c> after <c>to</c>, <c>months</c> outside 1–<see cref="MaxMonths"/>
    /// or given with <c>from</c>. Months after today are left for <see cref="VerdictPeriod.Refusal"/>.
    /// </summary>
    public static (VerdictPeriod? Period, string? Problem) Period(DateOnly today, int? months, string? from, string? to)
    {
        if (months is < 1 or > MaxMonths)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"months must be between 1 and {MaxMonths}."));
        }

        var (first, fromProblem) = Day("from", from, lastOfMonth: false);
        var (last, toProblem) = Day("to", to, lastOfMonth: true);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return (null, problem);
        }

        if (first is not null && months is not null)
        {
            return (null, "months cannot be given with from: from and to already name the months.");
        }

        if (first is null && last is null && months is null)
        {
            return (VerdictPeriod.Default(today), null);
        }

        var end = last ?? today;
        if (first is { } start)
        {
            return start > end
                ? (null, string.Create(CultureInfo.InvariantCulture, $"from ({start:yyyy-MM-dd}) is after to ({end:yyyy-MM-dd}{(last is null ? ", today" : string.Empty)})."))
                : Resolved(today, new DateRange(start, end));
        }

        // Without from: the months ending with the last whole month up to `to`.
        var lastWhole = end.AddDays(1).Day == 1 ? end : new DateOnly(end.Year, end.Month, 1).AddDays(-1);
        var count = months ?? VerdictPeriod.DefaultMonths;
        var firstMonth = new DateOnly(DayLimits.Earliest.Year, DayLimits.Earliest.Month, 1);
        if (((lastWhole.Year - firstMonth.Year) * 12) + lastWhole.Month - firstMonth.Month + 1 < count)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"to ({end:yyyy-MM-dd}) leaves fewer than {count} whole months after {DayLimits.Earliest:yyyy-MM-dd}, the earliest day a report may name."));
        }

        return Resolved(today, new DateRange(new DateOnly(lastWhole.Year, lastWhole.Month, 1).AddMonths(1 - count), end));
    }

    /// <summary>The whole months inside <paramref name="picked"/>, refused (as the CLI does) when its months all lie after today's month or in it.</summary>
    private static (VerdictPeriod? Period, string? Problem) Resolved(DateOnly today, DateRange picked)
    {
        var months = new VerdictPeriod(new DateRange(
            new DateOnly(picked.From.Year, picked.From.Month, 1),
            new DateOnly(picked.To.Year, picked.To.Month, DateTime.DaysInMonth(picked.To.Year, picked.To.Month))));
        return months.Refusal(today) is { } refusal ? (null, refusal) : (VerdictPeriod.Resolve(today, picked), null);
    }

    private static (DateOnly? Day, string? Problem) Day(string field, string? raw, bool lastOfMonth)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return (null, null);
        }

        var invariant = CultureInfo.InvariantCulture;
        DateOnly day;
        if (DateOnly.TryParseExact(raw, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            day = lastOfMonth ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }
        else if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", invariant, DateTimeStyles.None, out day))
        {
            var shown = raw.Length <= 60 ? raw : raw[..60] + "…";
            return (null, $"{field} must be a day, yyyy-MM-dd, or a month, yyyy-MM, not '{shown}'.");
        }

        return DayLimits.Problem(field, day) is { } outside ? (null, outside) : (day, null);
    }
}
