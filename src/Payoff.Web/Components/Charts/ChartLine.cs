namespace Payoff.Web.Components.Charts;

/// <summary>One named series of a dashboard chart: one value per x-axis label.</summary>
/// <param name="Name">The legend label.</param>
/// <param name="Values">The values, in label order.</param>
public sealed record ChartLine(string Name, IReadOnlyList<double?> Values);
