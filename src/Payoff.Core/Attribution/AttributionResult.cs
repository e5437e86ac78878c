namespace Payoff.Core.Attribution;

/// <summary>One model's credits, with the check that they add up to the journeys' totals.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Credits">The credits, biggest first.</param>
/// <param name="TotalConversions">The conversions of the journeys.</param>
/// <param name="TotalValue">Their value.</param>
/// <param name="Note">Why a model credited nothing, when it did not.</param>
public sealed record AttributionResult(string Model, IReadOnlyList<ChannelCredit> Credits, long TotalConversions, decimal TotalValue, string? Note = null)
{
    /// <summary>Whether the credited conversions and value equal the totals (to rounding).</summary>
    public bool AddsUp =>
        Math.Abs(Credits.Sum(c => c.Conversions) - TotalConversions) < 1e-6 * Math.Max(1, TotalConversions)
        && Math.Abs(Credits.Sum(c => c.Value) - TotalValue) <= 0.0001m * Math.Max(1, Math.Abs(TotalValue));

    /// <summary>
    /// The part <paramref name="share"/> (0 to 1) of <paramref name="value"/>, with the share held to 12
    /// decimal places so the product is exact: then the part of 100 × v is exactly 100 × the part of v, and
    /// credits never depend on the unit money is written in. Exact for values as Payoff stores them (4
    /// decimals) up to 10¹² in total; past decimal's 28 digits the product rounds.
    /// </summary>
    public static decimal Part(decimal value, double share) => value * Math.Round((decimal)share, 12, MidpointRounding.ToEven);

    /// <summary>The result from per-key sums of conversions and value.</summary>
    public static AttributionResult From(string model, IReadOnlyDictionary<string, (double Conversions, decimal Value)> sums, long totalConversions, decimal totalValue, IReadOnlyDictionary<string, double>? removal = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var credited = sums.Values.Sum(s => s.Conversions);
        return new AttributionResult(
            model,
            [.. sums.Select(s => new ChannelCredit(s.Key, s.Value.Conversions, s.Value.Value, credited == 0 ? 0 : s.Value.Conversions / credited, removal?.GetValueOrDefault(s.Key)))
                .OrderByDescending(c => c.Conversions).ThenBy(c => c.Channel, StringComparer.Ordinal)],
            totalConversions,
            totalValue,
            note);
    }
}
