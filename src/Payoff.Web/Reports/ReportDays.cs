using Payoff.Core.Reporting;

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
}
