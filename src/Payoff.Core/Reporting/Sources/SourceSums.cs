namespace Payoff.Core.Reporting.Sources;

/// <summary>What <see cref="ISourcesReader"/> returns.</summary>
/// <param name="Rows">Sums per bucket index and key; keys with nothing in a bucket are absent.</param>
/// <param name="UnconvertedRevenue">Revenue per bucket index in currencies other than the workspace's, by currency.</param>
public sealed record SourceSums(
    IReadOnlyList<(int Bucket, SourceKey Key, SourceCounts Counts)> Rows,
    IReadOnlyList<(int Bucket, string Currency, decimal Amount)> UnconvertedRevenue)
{
    /// <summary>Imported analytics traffic for the days without own tracking (<see cref="ImportedTraffic"/>).</summary>
    public ImportedTraffic Imported { get; init; } = ImportedTraffic.None;
}
