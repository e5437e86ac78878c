using Payoff.Core.Reporting.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostsReport;

/// <summary>The costs report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Currency">The workspace's currency: staff time and fees are in it (ad spend keeps each row's own).</param>
/// <param name="Range">The days.</param>
/// <param name="Grouping">The rows' grouping.</param>
/// <param name="Rows">Imported ad spend per network, campaign or month, each in its original currency, with reported impressions and clicks.</param>
/// <param name="Staff">Staff time (hours and their cost) and fees per network, or per network and month; none when grouped by campaign.</param>
public sealed record CostsResult(string Workspace, string Currency, DateRange Range, CostsGrouping Grouping, IReadOnlyList<CostsRow> Rows, IReadOnlyList<StaffCostRow> Staff);
