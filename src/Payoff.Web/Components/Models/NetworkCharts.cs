using Payoff.Core.Workspaces;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Components.Models;

/// <summary>A network page's partial month and its funnel.</summary>
/// <param name="PartialMonth">The index in <see cref="NetworkModel.Months"/> of the current month in the workspace's time zone (not over yet, drawn as partial), or null.</param>
/// <param name="Range">The page's days, which the funnel counts.</param>
/// <param name="FunnelSteps">The funnel's labels (<see cref="NetworkModel.FunnelSteps"/>).</param>
/// <param name="Funnel">Visits, contacts, customers and revenue over <paramref name="Range"/> (<see cref="NetworkModel.Funnel"/>).</param>
public sealed record NetworkCharts(int? PartialMonth, DateRange Range, IReadOnlyList<string> FunnelSteps, IReadOnlyList<ChartLine> Funnel);
