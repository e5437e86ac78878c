namespace Payoff.Application.Tables;

/// <summary>
/// A cell holding a price a person set in a currency of its own (an hourly rate, a fee), for tables whose
/// rows have different currencies: shown as written, with at least the currency's minor unit of decimals
/// (<see cref="Core.Money.Currencies.FormatPrice"/>), and exported as a number.
/// </summary>
/// <param name="Value">The price.</param>
/// <param name="Currency">Its ISO 4217 code.</param>
public sealed record PriceCell(decimal Value, string Currency);
