using System.Globalization;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// The whole months a verdict judges, and the sentence that says which — the one definition the CLI,
/// the API, the overview and every network page use, so they judge the same months.
/// </summary>
/// <remarks>
/// By default: the last <see cref="DefaultMonths"/> complete months before today's month, today taken
/// in the workspace's time zone. A picked range is cut to the whole calendar months inside it; a range
/// holding no whole month falls back to the default and <see cref="Note"/> says so. The month in
/// progress is never judged and months after it are refused (<see cref="Refusal"/>, <see cref="Ended"/>).
/// </remarks>
/// <param name="Range">The judged days: the first day of the first month to the last day of the last month.</param>
/// <param name="Note">Why these months and not the ones asked for, or null when they are what was asked.</param>
/// <exception cref="ArgumentOutOfRangeException">A day of <paramref name="Range"/> lies outside <see cref="DayLimits"/>.</exception>
public sealed record VerdictPeriod(DateRange Range, string? Note = null)
{
    private readonly DateRange range = Within(Range);

    /// <summary>The judged days: the first day of the first month to the last day of the last month, inside <see cref="DayLimits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A day lies outside <see cref="DayLimits"/>.</exception>
    public DateRange Range
    {
        get => range;
        init => range = Within(value);
    }

    /// <summary>The months judged when none are picked.</summary>
    public const int DefaultMonths = 3;

    /// <summary>The number of whole months judged.</summary>
    public int Months => ((Range.To.Year - Range.From.Year) * 12) + Range.To.Month - Range.From.Month + 1;

    /// <summary>The first day of each month judged, oldest first.</summary>
    public IReadOnlyList<DateOnly> MonthStarts => [.. Enumerable.Range(0, Months).Select(i => Range.From.AddMonths(i))];

    /// <summary>The months in words for a heading: "August–October 2026", "December 2025–February 2026", "October 2026".</summary>
    public string Heading
    {
        get
        {
            var (from, to) = (Range.From, Range.To);
            if (from.Year == to.Year && from.Month == to.Month)
            {
                return Name(from, year: true);
            }

            return from.Year == to.Year ? $"{Name(from, year: false)}–{Name(to, year: true)}" : $"{Name(from, year: true)}–{Name(to, year: true)}";
        }
    }

    /// <summary>The <paramref name="months"/> complete months before <paramref name="today"/>'s month (today in the workspace's zone).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is below 1.</exception>
    public static VerdictPeriod Default(DateOnly today, int months = DefaultMonths) => Ending(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), months);

    /// <summary>The <paramref name="months"/> whole months ending with the month of <paramref name="lastMonth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is below 1, or the months reach outside <see cref="DayLimits"/>.</exception>
    public static VerdictPeriod Ending(DateOnly lastMonth, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var first = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        var earliest = new DateOnly(DayLimits.Earliest.Year, DayLimits.Earliest.Month, 1);
        var monthsFromEarliest = ((first.Year - earliest.Year) * 12) + first.Month - earliest.Month;
        if (!DayLimits.Contains(lastMonth) || months - 1 > monthsFromEarliest)
        {
            throw new ArgumentOutOfRangeException(nameof(lastMonth), lastMonth, string.Create(CultureInfo.InvariantCulture, $"{months} months ending with {lastMonth:yyyy-MM} reach outside the days a report may name, {DayLimits.Earliest:yyyy-MM-dd} to {DayLimits.Latest:yyyy-MM-dd}."));
        }

        return new VerdictPeriod(new DateRange(first.AddMonths(1 - months), first.AddMonths(1).AddDays(-1)));
    }

    /// <summary>
    /// The whole months inside <paramref name="picked"/> (a user's range), noting when they differ from
    /// it; with no whole month inside, the default months before <paramref name="today"/> with a note
    /// saying so. Null <paramref name="picked"/> gives the default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A day of <paramref name="picked"/> lies outside <see cref="DayLimits"/>.</exception>
    public static VerdictPeriod Resolve(DateOnly today, DateRange? picked)
    {
        if (picked is null)
        {
            return Default(today);
        }

        Within(picked);

        var first = picked.From.Day == 1 ? picked.From : new DateOnly(picked.From.Year, picked.From.Month, 1).AddMonths(1);
        var afterLast = picked.To.AddDays(1).Day == 1 ? picked.To.AddDays(1) : new DateOnly(picked.To.Year, picked.To.Month, 1);
        if (first >= afterLast)
        {
            var fallback = Default(today);
            return fallback with { Note = string.Create(CultureInfo.InvariantCulture, $"{picked} holds no whole month, and the verdict judges whole months only: it judges {fallback.Heading}, the last {DefaultMonths} complete months.") };
        }

        var period = new VerdictPeriod(new DateRange(first, afterLast.AddDays(-1)));
        if (period.Range.To >= new DateOnly(today.Year, today.Month, 1))
        {
            var ended = period.Refusal(today) is null ? period.Ended(today) : null;
            var fallback = ended ?? Default(today);
            return fallback with { Note = string.Create(CultureInfo.InvariantCulture, $"{picked} reaches into months that have not ended, and the verdict judges only whole months that have: it judges {fallback.Heading}.") };
        }

        return period.Range == picked ? period : period with { Note = string.Create(CultureInfo.InvariantCulture, $"The verdict judges whole months only: {period.Heading}, the whole months inside {picked}.") };
    }

    /// <summary>
    /// Why this period cannot be judged on <paramref name="today"/> (in the workspace's zone), or null
    /// when it can: months after today's month have no data yet and are refused, and the month in
    /// progress is never judged, so a period holding nothing but it is refused too.
    /// </summary>
    public string? Refusal(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        var lastEnded = Default(today, 1).Heading;
        if (Range.To >= current.AddMonths(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Heading} reaches past today ({today:yyyy-MM-dd}): months that have not started have no data to judge. The last month that has ended is {lastEnded}.");
        }

        return Range.From >= current
            ? string.Create(CultureInfo.InvariantCulture, $"{Name(current, year: true)} is still going (today is {today:yyyy-MM-dd}), and the verdict judges only months that have ended: the last is {lastEnded}.")
            : null;
    }

    /// <summary>
    /// This period without the month in progress on <paramref name="today"/> (which is never judged),
    /// with a <see cref="Note"/> saying so; the period itself when all its months have ended.
    /// </summary>
    /// <exception cref="ArgumentException">The period cannot be judged (<see cref="Refusal"/>).</exception>
    public VerdictPeriod Ended(DateOnly today)
    {
        if (Refusal(today) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(today));
        }

        var current = new DateOnly(today.Year, today.Month, 1);
        if (Range.To < current)
        {
            return this;
        }

        var ended = new VerdictPeriod(new DateRange(Range.From, current.AddDays(-1)));
        return ended with { Note = $"{Name(current, year: true)} is still going, so it is not judged: the verdict judges {ended.Heading}." };
    }

    private static DateRange Within(DateRange days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return (DayLimits.Problem("The verdict's first day", days.From) ?? DayLimits.Problem("The verdict's last day", days.To)) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(days), days, problem)
            : days;
    }

    private static string Name(DateOnly month, bool year) => month.ToString(year ? "MMMM yyyy" : "MMMM", CultureInfo.InvariantCulture);
}
