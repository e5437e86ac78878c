namespace Payoff.Web.Costs;

/// <summary>A currency rate into the workspace currency (<c>PUT /api/currency-rates</c>).</summary>
/// <param name="Currency">The other currency's ISO code.</param>
/// <param name="From">The first day it applies (default: always).</param>
/// <param name="Rate">Workspace-currency units per unit of <paramref name="Currency"/>.</param>
public sealed record CurrencyRateRequest(string? Currency, DateOnly? From, decimal? Rate);
