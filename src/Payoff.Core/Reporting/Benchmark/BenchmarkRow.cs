using Payoff.Core.Reporting.Sources;

namespace Payoff.Core.Reporting.Benchmark;

/// <summary>One network in one month, with the change from the month before.</summary>
/// <param name="Network">The network, or the channel for traffic from no network.</param>
/// <param name="Month">The month's first day.</param>
/// <param name="Counts">The month's sums.</param>
/// <param name="PreviousMonth">The sums of the month before (zero for the first shown month when nothing happened).</param>
public sealed record BenchmarkRow(string Network, DateOnly Month, SourceCounts Counts, SourceCounts PreviousMonth)
{
    /// <summary>
    /// The changes from the month before under the comparison rule (<see cref="Change"/>): "new" rather
    /// than a percentage when the month before has data on half its days or fewer.
    /// </summary>
    public required SourceCountsChange Changes { get; init; }

    /// <summary>
    /// Whether the month ends before the workspace's first day of data: its counts are no data, not
    /// zeros, and are shown as "—".
    /// </summary>
    public bool BeforeData { get; init; }
}
