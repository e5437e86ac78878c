namespace Payoff.Core.Attribution;

/// <summary>A path (repeats collapsed) with how often it was walked and how often it converted.</summary>
/// <param name="Path">The touches, <c>Facebook > Email > LinkedIn</c>.</param>
/// <param name="Journeys">Journeys that took it (converting or not).</param>
/// <param name="Conversions">Conversions at its end.</param>
/// <param name="Value">Their value.</param>
public sealed record PathRow(string Path, long Journeys, long Conversions, decimal Value)
{
    /// <summary>Conversions ÷ journeys.</summary>
    public double ConversionRate => Journeys == 0 ? 0 : (double)Conversions / Journeys;
}
