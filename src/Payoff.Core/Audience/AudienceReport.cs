namespace Payoff.Core.Audience;

/// <summary>The audience report: every imported dimension of every audience, and how each pair of audiences differs.</summary>
/// <param name="Distributions">Each audience's dimensions, ordered by dimension (<see cref="AudienceDimensions.All"/>), then audience.</param>
/// <param name="Comparisons">Each pair of audiences that share a dimension, ordered by dimension, then by distance (largest first).</param>
/// <param name="Threshold">The total-variation distance at and above which two audiences "differ markedly".</param>
public sealed record AudienceReport(IReadOnlyList<AudienceDistribution> Distributions, IReadOnlyList<AudienceComparison> Comparisons, decimal Threshold);
