using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>An hourly rate to set (<c>payoff time rate</c>, <c>PUT /api/rates</c>): fields <c>rate</c>, <c>person</c>, <c>currency</c>.</summary>
/// <param name="Rate">The rate: what an hour of the person's time costs (an empty person is everyone without a rate of their own).</param>
public sealed record HourlyRateRequest(HourlyRate Rate)
{
    /// <summary>Reads the fields: a rate of zero or more (exact decimal), the currency as an ISO 4217 code (default: the workspace's).</summary>
    /// <exception cref="RequestException">The rate is missing, not a number or negative ("RATE may not be negative."), or the currency is not a code in use.</exception>
    public static HourlyRateRequest Parse(RequestValues values, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var rate = CostFields.Amount(values, "rate", "what an hour costs, like 45 or 45.50");
        if (rate < 0)
        {
            throw new RequestException("rate", $"{values.Name("rate")} may not be negative.");
        }

        return new HourlyRateRequest(new HourlyRate(CostFields.Person(values), rate, CostFields.Currency(values, "currency", workspace.Currency)));
    }
}
