using Payoff.Application.Requests;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>What the overview covers: the period, compared with as many days before it.</summary>
/// <param name="Range">The days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
public sealed record OverviewRequest(DateRange Range)
{
    /// <summary>Reads <c>from</c> and <c>to</c> (<see cref="ReportPeriod.Parse"/>).</summary>
    /// <exception cref="RequestException">A day is wrong, or <c>from</c> is after <c>to</c>.</exception>
    public static OverviewRequest Parse(RequestValues values, Workspace workspace, TimeProvider time) => new(ReportPeriod.Parse(values, workspace, time));
}
