using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Sources;

/// <summary>The parameters of the sources report.</summary>
/// <param name="Range">The workspace-local days to report.</param>
/// <param name="Grouping">What the rows are.</param>
/// <param name="Network">Only traffic of this network (or channel, for non-social traffic); case-insensitive.</param>
/// <param name="Compare">The comparison period.</param>
public sealed record SourcesQuery(DateRange Range, SourcesGrouping Grouping, string? Network, PeriodComparison Compare);
