using Payoff.Application.Requests;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostsReport;

/// <summary>What the costs report is asked for, on every surface (CLI and API).</summary>
/// <param name="Range">The workspace-local days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
/// <param name="Grouping">The rows: network (default), campaign or month.</param>
public sealed record CostsRequest(DateRange Range, CostsGrouping Grouping)
{
    /// <summary>Reads <c>from</c>, <c>to</c> and <c>by</c> (<c>network</c>, <c>campaign</c> or <c>month</c>).</summary>
    /// <exception cref="RequestException">A day is wrong, <c>from</c> is after <c>to</c>, or <c>by</c> is not one of its words.</exception>
    public static CostsRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        var range = ReportPeriod.Parse(values, workspace, time);
        var grouping = FieldChoice.Parse(values, "by", CostsGrouping.Network, ("network", CostsGrouping.Network), ("campaign", CostsGrouping.Campaign), ("month", CostsGrouping.Month));
        return new CostsRequest(range, grouping);
    }
}
