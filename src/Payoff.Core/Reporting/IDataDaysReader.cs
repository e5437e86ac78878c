using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting;

/// <summary>Reads the days a workspace has data on: what <see cref="Coverage"/> counts for the comparison rule.</summary>
/// <remarks>
/// Every adapter honours the same definition: a day has data when, cut in the workspace's time zone (DST-safe: a
/// session at 23:30 UTC on the last Saturday of March is on Sunday in Warsaw), at least one own-tracked session started
/// on it, a contact or customer was created on it, or imported analytics traffic (GA4) covers it. Days outside the asked
/// range are not returned.
/// </remarks>
public interface IDataDaysReader
{
    /// <summary>The days of <paramref name="range"/> with data in <paramref name="workspace"/>.</summary>
    Task<IReadOnlySet<DateOnly>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);
}
