using System.Globalization;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// The whole months a verdict judges, and the sentence that says which — the one definition the CLI,
/// the API, the overview and every network page use, so they judge the same months.
/// </summary>
/// <remarks>
/// By default: the last <see cref="DefaultMonths"/> complete months before today's month, today taken
/// in the workspace's time zone. A picked range is cut to the whole calendar months inside it; a range
/// holding no whole month falls back to the default and <see cref="Note"/> says so.
/// </remarks>
/// <param name="Range">The judged days: the first day of the first month to the last day of the last month.</param>
/// <param name="Note">Why these months and not the ones asked for, or null when they are what was asked.</param>
public sealed record VerdictPeriod(DateRange Range, string? Note = null)
{
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is below 1.</exception>
    public static VerdictPeriod Ending(DateOnly lastMonth, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var first = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        return new VerdictPeriod(new DateRange(first.AddMonths(1 - months), first.AddMonths(1).AddDays(-1)));
    }

    /// <summary>
    /// The whole months inside <paramref name="picked"/> (a user's range), noting when they differ from
    /// it; with no whole month inside, the default months before <paramref name="today"/> with a note
    /// saying so. Null <paramref name="picked"/> gives the default.
    /// </summary>
    public static VerdictPeriod Resolve(DateOnly today, DateRange? picked)
    {
        if (picked is null)
        {
            return Default(today);
        }

        var first = picked.From.Day == 1 ? picked.From : new DateOnly(picked.From.Year, picked.From.Month, 1).AddMonths(1);
        var afterLast = picked.To.AddDays(1).Day == 1 ? picked.To.AddDays(1) : new DateOnly(picked.To.Year, picked.To.Month, 1);
        if (first >= afterLast)
        {
            var fallback = Default(today);
            return fallback with { Note = string.Create(CultureInfo.InvariantCulture, $"{picked} holds no whole month, and the verdict judges whole months only: it judges {fallback.Heading}, the last {DefaultMonths} complete months.") };
        }

        var period = new VerdictPeriod(new DateRange(first, afterLast.AddDays(-1)));
        return period.Range == picked ? period : period with { Note = string.Create(CultureInfo.InvariantCulture, $"The verdict judges whole months only: {period.Heading}, the whole months inside {picked}.") };
    }

    private static string Name(DateOnly month, bool year) => month.ToString(year ? "MMMM yyyy" : "MMMM", CultureInfo.InvariantCulture);
}
