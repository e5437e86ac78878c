using System.Globalization;

namespace Payoff.Core.Workspaces;

/// <summary>Workspace-local days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DateRange
{
    /// <summary>Creates a range; <paramref name="from"/> must not be after <paramref name="to"/>.</summary>
    public DateRange(DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            throw new ArgumentException($"The range starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).", nameof(from));
        }

        From = from;
        To = to;
    }

    /// <summary>The first day.</summary>
    public DateOnly From { get; }

    /// <summary>The last day, included.</summary>
    public DateOnly To { get; }

    /// <summary>The number of days.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether <paramref name="day"/> lies in the range (both ends included).</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The range of the same length that ends the day before this one starts.</summary>
    public DateRange PreviousPeriod() => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The same days one year earlier (29 February maps to 28 February).</summary>
    public DateRange PreviousYear() => new(From.AddYears(-1), To.AddYears(-1));

    /// <summary>The smallest range holding this one and <paramref name="other"/> (with the days between them, when they do not meet).</summary>
    public DateRange Span(DateRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(other.From < From ? other.From : From, other.To > To ? other.To : To);
    }

    /// <summary>The whole calendar month containing <paramref name="day"/>.</summary>
    public static DateRange MonthOf(DateOnly day) =>
        new(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
