using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>
/// Recurring time, "30 minutes every weekday on Facebook" (<c>payoff time recur</c>): fields <c>network</c>, <c>minutes</c>,
/// <c>days</c>, <c>from</c>, <c>to</c>, <c>person</c>.
/// </summary>
/// <param name="Network">The network as given; <see cref="RecurTimeHandler"/> resolves it as <see cref="NetworkField"/> does.</param>
/// <param name="NetworkName">The network field as the host spells it, for the unknown-network sentence.</param>
/// <param name="Person">Who; empty for nobody in particular.</param>
/// <param name="Minutes">Minutes on each day of the pattern, 1 to 1,440.</param>
/// <param name="Days">The days of the week it falls on.</param>
/// <param name="From">The first workspace-local day.</param>
/// <param name="To">The last day, or null while it runs.</param>
public sealed record RecurTimeRequest(string Network, string NetworkName, string Person, int Minutes, DayPattern Days, DateOnly From, DateOnly? To)
{
    /// <summary>Reads the fields; <c>days</c> defaults to weekdays, <c>from</c> to today in the workspace's time zone, <c>to</c> to open-ended.</summary>
    /// <exception cref="RequestException">Minutes outside 1–1,440, an unknown day pattern, a bad day, <c>to</c> before <c>from</c>, or no network.</exception>
    public static RecurTimeRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var minutes = CostFields.Whole(values, "minutes");
        if (minutes is not (> 0 and <= LogTimeRequest.MaxMinutes))
        {
            throw new RequestException("minutes", $"{values.Name("minutes")} must be more than 0 and at most 1440.");
        }

        var days = CostFields.Days(values, "days");
        var first = Fields.Day(values, "from") ?? workspace.Calendar.Today(time);
        var last = Fields.Day(values, "to");
        CostFields.InOrder(values, first, last);
        var network = values.Get("network") ?? throw new RequestException("network", $"{values.Name("network")} is required (Facebook, LinkedIn, …).");
        return new RecurTimeRequest(network, values.Name("network"), CostFields.Person(values), minutes.Value, days, first, last);
    }
}
