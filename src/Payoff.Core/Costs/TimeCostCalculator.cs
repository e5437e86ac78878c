using Payoff.Core.Money;

namespace Payoff.Core.Costs;

/// <summary>
/// What a routine costs (<c>payoff cost time</c>): minutes per day × the pattern's days per week ×
/// weeks in the period × the hourly rate. A year is 52 weeks, as seed 004 counts it: $10/hour × 30
/// minutes × 5 weekdays × 52 weeks = $1,300.
/// </summary>
public static class TimeCostCalculator
{
    /// <summary>The weeks in a named period: week 1, month 52/12, quarter 13, year 52.</summary>
    public static decimal? Weeks(string? period) => (period ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "week" => 1m,
        "month" => 52m / 12m,
        "quarter" => 13m,
        "year" => 52m,
        _ => null,
    };

    /// <summary>
    /// The hours (to the hundredth) and the cost of <paramref name="minutesPerDay"/> on <paramref name="days"/>
    /// for <paramref name="weeks"/> weeks at <paramref name="hourlyRate"/>, the cost in whole minor units of
    /// <paramref name="currency"/> (cents; whole yen for JPY).
    /// </summary>
    public static (decimal Hours, decimal Cost) Cost(decimal hourlyRate, decimal minutesPerDay, DayPattern days, decimal weeks, string currency)
    {
        ArgumentNullException.ThrowIfNull(days);
        var hours = minutesPerDay / 60m * days.Days.Count * weeks;
        return (decimal.Round(hours, 2), Currencies.Round(hours * hourlyRate, currency));
    }
}
