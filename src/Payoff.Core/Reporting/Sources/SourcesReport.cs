using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Sources;

/// <summary>Visits, contacts, customers and revenue per source, with HubSpot's semantics (reference §3).</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Currency">The reporting currency of <see cref="SourceCounts.Revenue"/>.</param>
/// <param name="ComparedRange">The comparison period, if any.</param>
/// <param name="Rows">The rows, most sessions first.</param>
/// <param name="Totals">The sums of all rows for the period.</param>
/// <param name="PreviousTotals">The sums of all rows for the comparison period.</param>
/// <param name="Warnings">What the reader should know (e.g. revenue in a currency with no rate).</param>
public sealed record SourcesReport(
    SourcesQuery Query,
    string Currency,
    DateRange? ComparedRange,
    IReadOnlyList<SourcesRow> Rows,
    SourceCounts Totals,
    SourceCounts? PreviousTotals,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Where the figures come from when it is not only own tracking (imported GA4 traffic on days without it).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The comparison period's days with data, which decide whether its changes are percentages (<see cref="Change"/>).</summary>
    public Coverage? ComparedCoverage { get; init; }

    /// <summary>The totals' changes against the comparison period, when one was asked for.</summary>
    public SourceCountsChange? TotalsChanges { get; init; }
}
