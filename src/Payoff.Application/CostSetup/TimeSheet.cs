using Payoff.Core.Costs;

namespace Payoff.Application.CostSetup;

/// <summary>A workspace's staff time setup (<c>payoff time list</c>, <c>GET /api/time</c>).</summary>
/// <param name="Rates">The hourly rates (an empty person is everyone without a rate of their own).</param>
/// <param name="Recurring">The recurring time.</param>
/// <param name="Entries">The logged time of the asked days.</param>
public sealed record TimeSheet(IReadOnlyList<HourlyRate> Rates, IReadOnlyList<TimeRecurrence> Recurring, IReadOnlyList<TimeEntry> Entries);
