using Payoff.Application.Requests;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>
/// A rate that converts another currency into the workspace's (<c>payoff currency rate</c>, <c>PUT /api/currency-rates</c>):
/// fields <c>currency</c>, <c>rate</c>, <c>from</c>.
/// </summary>
/// <param name="Rate">The rate: workspace-currency units for one unit of the other currency, from a day on.</param>
public sealed record CurrencyRateRequest(CurrencyRate Rate)
{
    /// <summary>The day a rate applies from when <c>from</c> is not given: 2000-01-01, i.e. always until a later rate.</summary>
    public static readonly DateOnly Always = new(2000, 1, 1);

    /// <summary>Reads the fields: a rate above zero (exact decimal), an ISO 4217 code other than the workspace's, a <c>yyyy-MM-dd</c> day.</summary>
    /// <exception cref="RequestException">The rate is missing, not a number or not above zero; the currency is missing, unknown or the workspace's own; the day is bad.</exception>
    public static CurrencyRateRequest Parse(RequestValues values, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var rate = CostFields.Amount(values, "rate", "workspace-currency units for one unit of the currency, like 1.08");
        if (rate <= 0)
        {
            throw new RequestException("rate", $"{values.Name("rate")} must be more than 0.");
        }

        var code = CostFields.Currency(values, "currency", null);
        if (code == workspace.Currency)
        {
            throw new RequestException("currency", $"{code} is the workspace currency; it needs no rate.");
        }

        return new CurrencyRateRequest(new CurrencyRate(code, Fields.Day(values, "from") ?? Always, rate));
    }
}
