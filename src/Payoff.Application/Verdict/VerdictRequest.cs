using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Verdict;

/// <summary>
/// The whole months a verdict judges, read once from the CLI's options, the API's query and a page's URL:
/// <c>from</c> and <c>to</c> as days (yyyy-MM-dd) or months (yyyy-MM: <c>from</c> the month's first day,
/// <c>to</c> its last), cut to whole months by <see cref="VerdictPeriod.Resolve"/>. Without <c>from</c>, the
/// <c>months</c> whole months (3 by default) ending with the last whole month up to <c>to</c> (by default the
/// months before today's): <see cref="VerdictPeriod.Ending"/>, as the CLI always judged.
/// </summary>
/// <param name="Period">The months judged.</param>
public sealed record VerdictRequest(VerdictPeriod Period)
{
    /// <summary>The most months <c>months</c> may ask for.</summary>
    public const int MaxMonths = 24;

    /// <summary>Whether the workspace's goals are tracked and shown in each network's verdict (true by default; the overview leaves them out).</summary>
    public bool WithGoals { get; init; } = true;

    /// <summary>Reads <c>months</c>, <c>from</c> and <c>to</c>.</summary>
    /// <exception cref="RequestException">
    /// An unreadable value, a day outside <see cref="DayLimits"/>, <c>from</c> after <c>to</c>, <c>months</c>
    /// outside 1–<see cref="MaxMonths"/> or given with <c>from</c>, or months that cannot be judged yet
    /// (<see cref="VerdictPeriod.Refusal"/>).
    /// </exception>
    public static VerdictRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var today = workspace.Calendar.Today(time);
        var months = Months(values);
        var first = Day(values, "from", lastOfMonth: false);
        var last = Day(values, "to", lastOfMonth: true);
        if (first is not null && months is not null)
        {
            throw new RequestException("months", $"{values.Name("months")} cannot be given with {values.Name("from")}: {values.Name("from")} and {values.Name("to")} already name the months.");
        }

        if (first is null && last is null)
        {
            return Judged(today, VerdictPeriod.Default(today, months ?? VerdictPeriod.DefaultMonths));
        }

        var end = last ?? today;
        if (first is { } start)
        {
            return start > end
                ? throw new RequestException("from", string.Create(CultureInfo.InvariantCulture, $"{values.Name("from")} ({start:yyyy-MM-dd}) is after {values.Name("to")} ({end:yyyy-MM-dd}{(last is null ? ", today" : string.Empty)})."))
                : Resolved(today, new DateRange(start, end));
        }

        // Without from: the months ending with the last whole month up to `to`.
        var lastWhole = end.AddDays(1).Day == 1 ? end : new DateOnly(end.Year, end.Month, 1).AddDays(-1);
        var count = months ?? VerdictPeriod.DefaultMonths;
        var firstMonth = new DateOnly(DayLimits.Earliest.Year, DayLimits.Earliest.Month, 1);
        if (((lastWhole.Year - firstMonth.Year) * 12) + lastWhole.Month - firstMonth.Month + 1 < count)
        {
            throw new RequestException("to", string.Create(CultureInfo.InvariantCulture, $"{values.Name("to")} ({end:yyyy-MM-dd}) leaves fewer than {count} whole months after {DayLimits.Earliest:yyyy-MM-dd}, the earliest day a report may name."));
        }

        return Judged(today, VerdictPeriod.Ending(lastWhole, count));
    }

    private static VerdictRequest Judged(DateOnly today, VerdictPeriod period) =>
        period.Refusal(today) is { } refusal ? throw new RequestException("to", refusal) : new VerdictRequest(period);

    /// <summary>The whole months inside <paramref name="picked"/>, refused when its months all lie after today's month or in it.</summary>
    private static VerdictRequest Resolved(DateOnly today, DateRange picked)
    {
        var months = new VerdictPeriod(new DateRange(
            new DateOnly(picked.From.Year, picked.From.Month, 1),
            new DateOnly(picked.To.Year, picked.To.Month, DateTime.DaysInMonth(picked.To.Year, picked.To.Month))));
        return months.Refusal(today) is { } refusal ? throw new RequestException("to", refusal) : new VerdictRequest(VerdictPeriod.Resolve(today, picked));
    }

    private static int? Months(RequestValues values)
    {
        if (values.Get("months") is not { } text)
        {
            return null;
        }

        var name = values.Name("months");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var months))
        {
            throw new RequestException("months", $"{name} must be a whole number, not '{Text.Visible(text)}'.");
        }

        return months is < 1 or > MaxMonths
            ? throw new RequestException("months", string.Create(CultureInfo.InvariantCulture, $"{name} must be between 1 and {MaxMonths} (got {months})."))
            : months;
    }

    private static DateOnly? Day(RequestValues values, string field, bool lastOfMonth)
    {
        if (values.Get(field) is not { } raw)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        var name = values.Name(field);
        DateOnly day;
        if (DateOnly.TryParseExact(raw, "yyyy-MM", invariant, DateTimeStyles.None, out _))
        {
            var month = ReportPeriod.Month(values, field, raw);
            return lastOfMonth ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", invariant, DateTimeStyles.None, out day))
        {
            var shown = raw.Length <= 60 ? raw : raw[..60] + "…";
            throw new RequestException(field, $"{name} must be a day, yyyy-MM-dd, or a month, yyyy-MM, not '{Text.Visible(shown)}'.");
        }

        return DayLimits.Problem(name, day) is { } outside ? throw new RequestException(field, outside) : day;
    }
}
