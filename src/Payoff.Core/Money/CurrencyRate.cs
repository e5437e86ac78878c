namespace Payoff.Core.Money;

/// <summary>One unit of <paramref name="Currency"/> is worth <paramref name="Rate"/> units of the workspace currency from <paramref name="From"/> on.</summary>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="From">The first day the rate applies.</param>
/// <param name="Rate">Workspace-currency units per one unit.</param>
public sealed record CurrencyRate(string Currency, DateOnly From, decimal Rate);
