using Payoff.Application.Requests;
using Payoff.Core.Costs;

namespace Payoff.Application.CostSetup;

/// <summary>
/// What a routine costs, no data needed (<c>payoff cost time</c>, <c>GET /api/costs/time</c>): fields <c>rate</c>,
/// <c>minutes-per-day</c>, <c>days</c>, <c>period</c>, <c>currency</c>.
/// </summary>
/// <param name="Rate">What an hour costs, zero or more.</param>
/// <param name="MinutesPerDay">Minutes on each day of the pattern, 0 to 1,440.</param>
/// <param name="Days">The days of the week.</param>
/// <param name="Period">The period as given (week, month, quarter, year).</param>
/// <param name="Weeks">The period in weeks (<see cref="TimeCostCalculator.Weeks"/>: a year is 52).</param>
/// <param name="Currency">The rate's ISO 4217 code (default USD).</param>
public sealed record TimeCostRequest(decimal Rate, decimal MinutesPerDay, DayPattern Days, string Period, decimal Weeks, string Currency)
{
    /// <summary>Reads the fields; <c>days</c> defaults to weekdays, <c>period</c> to year, <c>currency</c> to USD.</summary>
    /// <exception cref="RequestException">An unknown day pattern or period, a missing or negative rate, minutes outside 0–1,440, an unknown currency.</exception>
    public static TimeCostRequest Parse(RequestValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var days = CostFields.Days(values, "days");
        var period = values.Get("period") ?? "year";
        var weeks = TimeCostCalculator.Weeks(period)
            ?? throw new RequestException("period", $"{values.Name("period")} '{Text.Visible(period)}' is not week, month, quarter or year.");
        var rate = CostFields.Amount(values, "rate", "what an hour costs, like 10");
        var minutes = CostFields.Amount(values, "minutes-per-day", "the minutes on each day, like 30");
        if (rate < 0 || minutes is < 0 or > 1440)
        {
            throw new RequestException("rate", $"{values.Name("rate")} may not be negative and {values.Name("minutes-per-day")} must be 0 to 1440.");
        }

        return new TimeCostRequest(rate, minutes, days, period, weeks, CostFields.Currency(values, "currency", "USD"));
    }

    /// <summary>The hours over the period and what they cost (<see cref="TimeCostCalculator.Cost"/>), exact.</summary>
    public (decimal Hours, decimal Cost) Cost() => TimeCostCalculator.Cost(Rate, MinutesPerDay, Days, Weeks, Currency);
}
