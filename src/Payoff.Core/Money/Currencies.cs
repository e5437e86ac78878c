using System.Globalization;

namespace Payoff.Core.Money;

/// <summary>
/// The minor unit of each currency (ISO 4217's "minor unit": 0 decimals for JPY, 2 for EUR, 3 for KWD)
/// and the rounding, splitting and formatting every amount in that currency follows.
/// </summary>
/// <remarks>
/// The exponents are ISO 4217's (list one, "Current currency &amp; funds code list", kept by SIX Group
/// as the standard's maintenance agency); <see cref="MinorUnits"/> lists every code whose exponent is
/// not 2, and every other code has 2. Rounding is to the nearest minor unit, halves away from zero.
/// Splits give whole minor units by the largest-remainder method, so the parts always add up exactly
/// to the amount split (issue 13, §3.3: 1000 JPY over three days is 333 / 333 / 334, never 333.33).
/// </remarks>
public static class Currencies
{
    /// <summary>ISO 4217 codes whose minor unit is not two decimals, with their number of decimals.</summary>
    public static readonly IReadOnlyDictionary<string, int> MinorUnits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0,
        ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    /// <summary>The number of decimals of <paramref name="currency"/>'s minor unit: 0, 2, 3 (or 4 for two funds codes); 2 for a code not listed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static int Decimals(string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return MinorUnits.TryGetValue(currency.Trim(), out var decimals) ? decimals : 2;
    }

    /// <summary><paramref name="amount"/> rounded to whole minor units of <paramref name="currency"/>, halves away from zero.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static decimal Round(decimal amount, string currency) =>
        decimal.Round(amount, Decimals(currency), MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="amount"/> split into <paramref name="parts"/> equal parts of whole minor units of
    /// <paramref name="currency"/> that add up exactly to it; the units left over go one each to the
    /// last parts (1000 JPY in three: 333, 333, 334).
    /// </summary>
    /// <remarks>An amount finer than the minor unit (1000.4 JPY) keeps its fraction on the last part, so the sum stays exact.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public static IReadOnlyList<decimal> Split(decimal amount, string currency, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        return Split(amount, Decimals(currency), Enumerable.Repeat(1m, parts).ToList());
    }

    /// <summary>
    /// <paramref name="amount"/> split in proportion to <paramref name="weights"/> into whole units of
    /// <paramref name="decimals"/> decimals that add up exactly to it (largest remainder: each part gets
    /// its quota rounded down, then the units left over go to the largest remainders, ties to the later
    /// part). All-zero weights give all-zero parts but the last, which takes the amount.
    /// </summary>
    /// <param name="amount">What to split; may be negative (a refund).</param>
    /// <param name="decimals">The decimals of a unit: a currency's <see cref="Decimals"/>, or 0 for counts.</param>
    /// <param name="weights">Non-negative weights, one per part.</param>
    /// <returns>The parts, each with exactly <paramref name="decimals"/> decimals (<c>12.50</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty or has a negative weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or over 8.</exception>
    public static IReadOnlyList<decimal> Split(decimal amount, int decimals, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 8);
        if (weights.Count == 0 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("A split needs at least one part and no negative weight.", nameof(weights));
        }

        var parts = new decimal[weights.Count];
        var total = weights.Sum();
        var unit = Pow10(decimals);
        var minor = new decimal(1, 0, 0, false, (byte)decimals);
        var sign = amount < 0 ? -1m : 1m;
        var units = Normalize(decimal.Truncate(Math.Abs(amount) * unit));
        var fraction = Normalize((Math.Abs(amount) * unit) - units);
        if (total == 0)
        {
            parts[^1] = amount;
            return parts;
        }

        var remainders = new (decimal Remainder, int Index)[weights.Count];
        var given = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = units * weights[i] / total;
            parts[i] = Normalize(decimal.Floor(quota));
            given += parts[i];
            remainders[i] = (quota - parts[i], i);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenByDescending(r => r.Index).Take((int)(units - given)))
        {
            parts[index] += 1;
        }

        parts[^1] += fraction;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = sign * parts[i] * minor;
        }

        return parts;
    }

    /// <summary><paramref name="amount"/> with thousands separators and exactly <paramref name="currency"/>'s decimals (<c>1,000</c> JPY, <c>1,000.00</c> EUR), invariant culture.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static string Format(decimal amount, string currency) => FormatIn(amount, currency, CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="amount"/> rounded to <paramref name="currency"/>'s decimals, with <paramref name="provider"/>'s
    /// separators (<c>1 234,50</c> EUR in pl-PL): for pages shown in a workspace's locale; exports use the invariant overload.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static string FormatIn(decimal amount, string currency, IFormatProvider provider) =>
        Round(amount, currency).ToString("N" + Decimals(currency).ToString(CultureInfo.InvariantCulture), provider);

    /// <summary>
    /// A price a person set (an hourly rate, an assigned value) with thousands separators, as written:
    /// at least <paramref name="currency"/>'s decimals and more only when the price has them
    /// (<c>12.50</c> EUR, <c>1,500</c> JPY, <c>0.125</c> EUR), never rounded; invariant culture.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static string FormatPrice(decimal price, string currency) => FormatPriceIn(price, currency, CultureInfo.InvariantCulture);

    /// <summary>A price as <see cref="FormatPrice(decimal, string)"/> writes it, with <paramref name="provider"/>'s separators.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static string FormatPriceIn(decimal price, string currency, IFormatProvider provider)
    {
        var decimals = Math.Max(Decimals(currency), Normalize(price).Scale);
        return price.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), provider);
    }

    /// <summary>The same number without trailing zeros (<c>1250.00</c> → <c>1250</c>), so a part's scale is its currency's.</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal Pow10(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit *= 10;
        }

        return unit;
    }
}
