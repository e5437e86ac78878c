using Payoff.Application.Requests;

namespace Payoff.Web.Costs;

/// <summary>A currency rate into the workspace currency (<c>PUT /api/currency-rates</c>), read by <see cref="Application.CostSetup.CurrencyRateRequest.Parse"/>.</summary>
/// <param name="Currency">The other currency's ISO code.</param>
/// <param name="From">The first day it applies, yyyy-MM-dd (default: always).</param>
/// <param name="Rate">Workspace-currency units per unit of <paramref name="Currency"/>.</param>
public sealed record CurrencyRateRequest(string? Currency, string? From, decimal? Rate)
{
    /// <summary>The body as request fields.</summary>
    public RequestValues Values() => new(new Dictionary<string, string?>
    {
        ["currency"] = Currency,
        ["from"] = From,
        ["rate"] = Fields.Of(Rate),
    });
}
