namespace Payoff.Core.Reporting.Kpi;

/// <summary>One KPI family's score: the mean of its metrics' indexes (1 = an average network-month of the workspace's last six months).</summary>
/// <param name="Score">The family's score, or null when none of its metrics has data.</param>
/// <param name="Parts">Each metric's index (null when the metric has no data).</param>
public sealed record KpiFamily(double? Score, IReadOnlyDictionary<string, double?> Parts);
