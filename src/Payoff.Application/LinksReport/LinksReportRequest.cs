using Payoff.Application.Requests;
using Payoff.Core.Workspaces;

namespace Payoff.Application.LinksReport;

/// <summary>What the links report is asked for, on every surface (CLI, API, links page).</summary>
/// <param name="Range">The workspace-local days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
public sealed record LinksReportRequest(DateRange Range)
{
    /// <summary>Reads <c>from</c> and <c>to</c>.</summary>
    /// <exception cref="RequestException">A day is wrong, or <c>from</c> is after <c>to</c>.</exception>
    public static LinksReportRequest Parse(RequestValues values, Workspace workspace, TimeProvider time) =>
        new(ReportPeriod.Parse(values, workspace, time));
}
