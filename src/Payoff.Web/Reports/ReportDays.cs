using System.Globalization;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Reports;

/// <summary>The days an API report covers from its <c>from</c>/<c>to</c> query: by default the 30 days ending today, as in the CLI.</summary>
public static class ReportDays
{
    /// <summary>The days, or null when <paramref name="from"/> is after <paramref name="to"/>.</summary>
    public static DateRange? Of(DateOnly today, DateOnly? from, DateOnly? to)
    {
        var end = to ?? today;
        var start = from ?? end.AddDays(-29);
        return start > end ? null : new DateRange(start, end);
    }

    /// <summary>The sentence for a range that <see cref="Of"/> refused: which day is after which.</summary>
    public static string After(DateOnly? from, DateOnly? to) =>
        string.Create(CultureInfo.InvariantCulture, $"from ({(from is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "30 days before to")}) is after to ({(to is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "today")}).");
}
