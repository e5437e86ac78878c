using Payoff.Application.Requests;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>What a conversion that is not a sale is worth (<c>payoff value set</c>): fields <c>conversion</c>, <c>value</c>, <c>currency</c>.</summary>
/// <param name="Value">The value: the conversion's name in lower case (or <see cref="AssignedValue.Visit"/>), the amount, its currency.</param>
public sealed record ConversionValueRequest(AssignedValue Value)
{
    /// <summary>The longest conversion name, in characters.</summary>
    public const int MaxName = 100;

    /// <summary>Reads the fields: a value of zero or more (exact decimal), a name of 1 to 100 characters, the currency (default: the workspace's).</summary>
    /// <exception cref="RequestException">The value is missing, not a number or negative; the name is empty or too long; the currency is unknown.</exception>
    public static ConversionValueRequest Parse(RequestValues values, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var amount = CostFields.Amount(values, "value", "what one conversion is worth, like 5");
        if (amount < 0)
        {
            throw new RequestException("value", $"{values.Name("value")} may not be negative.");
        }

        var conversion = values.Get("conversion") ?? string.Empty;
        if (conversion.Length is 0 or > MaxName)
        {
            throw new RequestException("conversion", $"{values.Name("conversion")} must have 1 to {MaxName} characters.");
        }

        return new ConversionValueRequest(new AssignedValue(conversion.ToLowerInvariant(), amount, CostFields.Currency(values, "currency", workspace.Currency)));
    }
}
