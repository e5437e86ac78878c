namespace Payoff.Core.Social;

/// <summary>One day's value of one metric of one social account, as a platform exported it.</summary>
/// <param name="Date">The day, as the platform reported it (the account's local day).</param>
/// <param name="Network">The canonical network (Facebook, LinkedIn…), or the name given for others.</param>
/// <param name="Account">The page, profile or channel; null when the file names none.</param>
/// <param name="Metric">The canonical metric (<see cref="MetricCatalog"/>).</param>
/// <param name="PlatformMetric">The metric's own name in the file, kept for lineage.</param>
/// <param name="Value">The value; counts are whole, rates are fractions.</param>
public sealed record AccountMetric(DateOnly Date, string Network, string? Account, string Metric, string PlatformMetric, decimal Value);
