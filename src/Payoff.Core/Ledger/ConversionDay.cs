namespace Payoff.Core.Ledger;

/// <summary>One day's conversions without a value of their own, by name, credited to the person's original source.</summary>
/// <param name="Day">The workspace-local day.</param>
/// <param name="Network">The network.</param>
/// <param name="Campaign">The campaign, or <c>(not set)</c>.</param>
/// <param name="Name">The conversion's name (<c>newsletter</c>).</param>
/// <param name="Count">How many.</param>
public sealed record ConversionDay(DateOnly Day, string Network, string Campaign, string Name, long Count);
