namespace Payoff.Core.Money;

/// <summary>
/// Converts amounts into the workspace currency with the user's rate table (<c>payoff currency rate</c>):
/// the rate in force on the amount's day (the latest one from on or before it, else the earliest
/// one), rounded to whole minor units of the workspace currency (<see cref="Currencies.Round"/>: cents,
/// whole yen). Amounts already in the workspace currency pass unchanged; an amount whose currency has no
/// rate cannot be converted and is reported, never guessed.
/// </summary>
public sealed class CurrencyConverter
{
    private readonly Dictionary<string, List<CurrencyRate>> rates;

    /// <summary>Creates the converter for <paramref name="workspaceCurrency"/>.</summary>
    public CurrencyConverter(string workspaceCurrency, IEnumerable<CurrencyRate> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        WorkspaceCurrency = workspaceCurrency;
        rates = table.GroupBy(r => r.Currency.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.OrderBy(r => r.From).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The reporting currency.</summary>
    public string WorkspaceCurrency { get; }

    /// <summary>Whether amounts in <paramref name="currency"/> can be converted.</summary>
    public bool Knows(string currency) => string.Equals(currency, WorkspaceCurrency, StringComparison.OrdinalIgnoreCase) || rates.ContainsKey(currency);

    /// <summary>The amount in the workspace currency, in its minor units, or null when the currency has no rate.</summary>
    public decimal? Convert(decimal amount, string currency, DateOnly day)
    {
        if (string.Equals(currency, WorkspaceCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        if (!rates.TryGetValue(currency, out var list))
        {
            return null;
        }

        var rate = list.LastOrDefault(r => r.From <= day) ?? list[0];
        return Currencies.Round(amount * rate.Rate, WorkspaceCurrency);
    }
}
