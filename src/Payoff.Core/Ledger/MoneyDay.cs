namespace Payoff.Core.Ledger;

/// <summary>One day's amount of revenue (by the buyer's original source) or ad spend, in its own currency.</summary>
/// <param name="Day">The workspace-local day (the cost's day for ad spend).</param>
/// <param name="Network">The network.</param>
/// <param name="Campaign">The campaign, or <c>(not set)</c>.</param>
/// <param name="Kind">What the amount is.</param>
/// <param name="Currency">The amount's currency.</param>
/// <param name="Amount">The amount.</param>
public sealed record MoneyDay(DateOnly Day, string Network, string Campaign, MoneyKind Kind, string Currency, decimal Amount);
