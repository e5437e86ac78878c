using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Kpi;

/// <summary>The program KPI report.</summary>
/// <param name="Range">The period.</param>
/// <param name="History">The six months the indexes are normalised against.</param>
/// <param name="Weights">The program's weights.</param>
/// <param name="Rows">The networks, best score first.</param>
/// <param name="Notes">What is not measured and why (mentions and advocates need data Payoff does not import yet).</param>
public sealed record KpiReport(DateRange Range, DateRange History, KpiWeights Weights, IReadOnlyList<KpiRow> Rows, IReadOnlyList<string> Notes);
