namespace Payoff.Core.Ledger;

/// <summary>One day's value of one canonical account metric (from imported daily account data).</summary>
/// <param name="Day">The day.</param>
/// <param name="Network">The network.</param>
/// <param name="Account">The account ("" when the file named none).</param>
/// <param name="Metric">The canonical metric (<c>followers</c>, <c>new_followers</c>, <c>reach</c>…).</param>
/// <param name="Value">The value.</param>
public sealed record SocialDay(DateOnly Day, string Network, string Account, string Metric, decimal Value);
