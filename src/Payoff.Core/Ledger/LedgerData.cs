using Payoff.Core.Costs;
using Payoff.Core.Money;

namespace Payoff.Core.Ledger;

/// <summary>What the store holds for a period, as <see cref="ILedgerReader"/> reads it: the raw material of goals, ROI and the verdict.</summary>
/// <param name="Web">Sessions, contacts and customers per day, network and campaign.</param>
/// <param name="Money">Revenue and ad spend per day, network, campaign and currency.</param>
/// <param name="Conversions">Value-less conversions per day, network, campaign and name.</param>
/// <param name="Social">Daily account metrics.</param>
/// <param name="Time">Logged staff time.</param>
/// <param name="Recurrences">Recurring staff time.</param>
/// <param name="Rates">Hourly rates.</param>
/// <param name="Fees">Monthly fees.</param>
/// <param name="Values">Assigned values of conversions.</param>
/// <param name="CurrencyRates">The currency rate table.</param>
public sealed record LedgerData(
    IReadOnlyList<WebDay> Web,
    IReadOnlyList<MoneyDay> Money,
    IReadOnlyList<ConversionDay> Conversions,
    IReadOnlyList<SocialDay> Social,
    IReadOnlyList<TimeEntry> Time,
    IReadOnlyList<TimeRecurrence> Recurrences,
    IReadOnlyList<HourlyRate> Rates,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<AssignedValue> Values,
    IReadOnlyList<CurrencyRate> CurrencyRates);
