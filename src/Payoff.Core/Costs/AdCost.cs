namespace Payoff.Core.Costs;

/// <summary>One day's spend of one campaign on one network, in its original currency.</summary>
/// <param name="Date">The day.</param>
/// <param name="Network">The canonical network, or the ad platform's name (Google Ads).</param>
/// <param name="Campaign">The campaign; null for spend not split by campaign.</param>
/// <param name="Amount">The amount spent, exact.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Amount"/>.</param>
/// <param name="Impressions">Impressions the platform reported, if any.</param>
/// <param name="Clicks">Clicks the platform reported, if any.</param>
/// <param name="Conversions">Conversions the platform reported (its own attribution), if any.</param>
public sealed record AdCost(DateOnly Date, string Network, string? Campaign, decimal Amount, string Currency, long? Impressions = null, long? Clicks = null, decimal? Conversions = null);
