namespace Payoff.Core.Reporting.Costs;

/// <summary>Ad spend of one group in one currency (amounts are never summed across currencies).</summary>
/// <param name="Network">The network, or null when not grouped by it.</param>
/// <param name="Campaign">The campaign (<c>(not set)</c> for spend not split by campaign), or null when not grouped by it.</param>
/// <param name="Month">The first day of the month, or null when not grouped by month.</param>
/// <param name="AdSpend">The amount spent.</param>
/// <param name="Currency">Its ISO 4217 code.</param>
/// <param name="Impressions">Impressions the platforms reported; null when none did.</param>
/// <param name="Clicks">Clicks the platforms reported; null when none did.</param>
public sealed record CostsRow(string? Network, string? Campaign, DateOnly? Month, decimal AdSpend, string Currency, long? Impressions, long? Clicks);
