namespace Payoff.Core.Reporting.Sources;

/// <summary>One row of the sources report.</summary>
/// <param name="Key">What the row is.</param>
/// <param name="Current">The sums for the report's period.</param>
/// <param name="Previous">The sums for the comparison period, when one was asked for.</param>
public sealed record SourcesRow(SourceKey Key, SourceCounts Current, SourceCounts? Previous)
{
    /// <summary>The changes against the comparison period under the comparison rule, when one was asked for.</summary>
    public SourceCountsChange? Changes { get; init; }
}
