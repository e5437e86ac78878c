using Payoff.Application.CostSetup;
using Payoff.Core.Costs;

namespace Payoff.Web.Costs;

/// <summary>What <c>GET /api/time</c> answers: the workspace's hourly rates, recurring time and logged time (named so the API document shows it by name).</summary>
/// <param name="Rates">Hourly rates: the default (empty network and person) and those per network or person, in their currency.</param>
/// <param name="Recurring">Recurring time: minutes a day on a network on the pattern's days from a day on.</param>
/// <param name="Entries">Logged time: minutes on a network on one day.</param>
public sealed record TimeSheetAnswer(IReadOnlyList<HourlyRate> Rates, IReadOnlyList<RecurringTimeAnswer> Recurring, IReadOnlyList<TimeEntry> Entries)
{
    /// <summary>The answer for <paramref name="sheet"/>.</summary>
    public static TimeSheetAnswer Of(TimeSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new(sheet.Rates, [.. sheet.Recurring.Select(r => new RecurringTimeAnswer(r.Id, r.Network, r.Person, r.Minutes, r.Days.Text, r.From, r.To))], sheet.Entries);
    }
}

/// <summary>One recurring time rule as the API shows it.</summary>
/// <param name="Id">The rule's id (for <c>payoff time recur --remove</c>).</param>
/// <param name="Network">The network the time is spent on.</param>
/// <param name="Person">Who spends it (empty: anyone; the default rate applies).</param>
/// <param name="Minutes">Minutes a day on each covered day.</param>
/// <param name="Days">The covered days as written (<c>weekdays</c>, <c>daily</c>, <c>mon,wed,fri</c>).</param>
/// <param name="From">The first covered day.</param>
/// <param name="To">The last covered day (null: still running).</param>
public sealed record RecurringTimeAnswer(long Id, string Network, string Person, int Minutes, string Days, DateOnly From, DateOnly? To);

/// <summary>What <c>GET /api/costs/time</c> answers: a routine's hours and cost.</summary>
/// <param name="Hours">Hours over the period.</param>
/// <param name="Cost">Rate × hours, in <paramref name="Currency"/>.</param>
/// <param name="Currency">The rate's ISO 4217 code.</param>
public sealed record TimeCostAnswer(decimal Hours, decimal Cost, string Currency);
