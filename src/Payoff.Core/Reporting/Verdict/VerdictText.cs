using System.Globalization;
using Payoff.Core.Money;
using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>How the verdict writes its figures in sentences, culture-invariant.</summary>
internal static class VerdictText
{
    /// <summary>
    /// A rate with its 95 % Wilson interval, "—" without trials, or — for a contact rate with more contacts
    /// than sessions, which is no proportion and has no interval — "— (more contacts (12) than tracked sessions (5))".
    /// </summary>
    public static string Interval(WilsonInterval i) =>
        i.Rate is not { } r ? "—"
        : i.IsProportion() ? string.Create(CultureInfo.InvariantCulture, $"{r:0.0%} (95 % CI {i.Low:0.0%}–{i.High:0.0%})")
        : string.Create(CultureInfo.InvariantCulture, $"— (more contacts ({i.Successes:N0}) than tracked sessions ({i.Trials:N0}))");

    /// <summary>Why contact rates with more contacts than sessions are not compared.</summary>
    public const string NotComparable = "not comparable: contacts arrived without a tracked visit, so contacts ÷ sessions is not a rate";

    /// <summary>The two-proportion test's p-value of two rates, as "&lt; 0.001" or "= 0.012".</summary>
    public static string P(WilsonInterval a, WilsonInterval b) =>
        ProportionTest.PValue(a.Successes, a.Trials, b.Successes, b.Trials) is var p && p < 0.001 ? "< 0.001" : string.Create(CultureInfo.InvariantCulture, $"= {p:0.000}");

    /// <summary>A share: "12.5%".</summary>
    public static string Pct(double value) => value.ToString("0.#%", CultureInfo.InvariantCulture);

    /// <summary>A signed change such as ROI: "+12.5%", "—" when null.</summary>
    public static string Pct(decimal? value) => value is { } v ? ((double)v).ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture) : "—";

    /// <summary>An amount with its currency in the currency's minor unit: "1,234.50 USD", "1,235 JPY", "1,234.500 KWD".</summary>
    public static string Money(decimal value, string currency) => $"{Currencies.Format(value, currency)} {currency}";

    /// <summary>
    /// How the contact rate <paramref name="rate"/> compares with <paramref name="other"/>: higher or lower
    /// only when the intervals part and p &lt; 0.05; not comparable when either has more contacts than
    /// sessions (contacts ÷ sessions is then no proportion, so neither interval nor test applies).
    /// </summary>
    public static string Compare(WilsonInterval rate, WilsonInterval other) =>
        !rate.IsProportion() || !other.IsProportion() ? NotComparable
        : rate.Above(other) && ProportionTest.Significant(rate.Successes, rate.Trials, other.Successes, other.Trials) ? $"higher, a real difference (p {P(rate, other)})"
        : rate.Below(other) && ProportionTest.Significant(rate.Successes, rate.Trials, other.Successes, other.Trials) ? $"lower, a real difference (p {P(rate, other)})"
        : "no real difference yet";
}
