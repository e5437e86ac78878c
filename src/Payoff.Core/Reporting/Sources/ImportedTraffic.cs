namespace Payoff.Core.Reporting.Sources;

/// <summary>
/// Analytics traffic imported from files (GA4) for a sources report, with the days the workspace has
/// its own tracking: imported sessions count only on days without it, so no day is counted twice.
/// </summary>
/// <param name="Rows">The imported rows that touch the report's periods.</param>
/// <param name="TrackedDays">Days (in the workspace's time zone) with at least one own-tracked session.</param>
public sealed record ImportedTraffic(IReadOnlyList<Traffic.TrafficRow> Rows, IReadOnlySet<DateOnly> TrackedDays)
{
    /// <summary>No imported traffic.</summary>
    public static readonly ImportedTraffic None = new([], new HashSet<DateOnly>());
}
