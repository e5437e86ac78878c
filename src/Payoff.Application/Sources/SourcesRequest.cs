using Payoff.Application.Requests;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Sources;

/// <summary>What the sources report is asked for, on every surface (CLI, API, dashboard page and its exports).</summary>
/// <param name="Range">The workspace-local days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
/// <param name="Grouping">The rows: channel, network (default), campaign or content.</param>
/// <param name="Network">Only this network or channel as given, resolved by the handler (<see cref="NetworkField"/>); null for all.</param>
/// <param name="Compare">The period compared with: none (default), the previous period or the previous year.</param>
public sealed record SourcesRequest(DateRange Range, SourcesGrouping Grouping, string? Network, PeriodComparison Compare)
{
    /// <summary>The network field as the host spells it in messages (<c>--network</c>, <c>network</c>).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>
    /// The request of <paramref name="values"/>: <c>from</c>, <c>to</c>, <c>by</c>, <c>network</c> and
    /// <c>compare</c> (<c>none</c>, <c>previous-period</c> or <c>previous-year</c>).
    /// </summary>
    /// <exception cref="RequestException">A day is wrong, <c>from</c> is after <c>to</c>, or <c>by</c> or <c>compare</c> is not one of its words.</exception>
    public static SourcesRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var grouping = FieldChoice.Parse(
            values, "by", SourcesGrouping.Network,
            ("channel", SourcesGrouping.Channel), ("network", SourcesGrouping.Network), ("campaign", SourcesGrouping.Campaign), ("content", SourcesGrouping.Content));
        var compare = FieldChoice.Parse(
            values, "compare", PeriodComparison.None,
            ("none", PeriodComparison.None), ("previous-period", PeriodComparison.PreviousPeriod), ("previous-year", PeriodComparison.PreviousYear));
        return new SourcesRequest(range, grouping, values.Get("network"), compare) { NetworkName = values.Name("network") };
    }
}
