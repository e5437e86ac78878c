using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Overview;

/// <summary>What the overview covers: the period, compared with as many days before it.</summary>
/// <param name="Range">The days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
public sealed record OverviewRequest(DateRange Range)
{
    /// <summary>
    /// The months the verdict beside the overview judges (the page's <c>VerdictPeriod</c>, before the month in progress is
    /// dropped), or null for no verdict (<see cref="OverviewReport.Verdict"/> is then null). The verdict leaves goals out,
    /// as <see cref="Verdict.VerdictRequest.WithGoals"/> false does: the overview's goals are beside it.
    /// </summary>
    public VerdictPeriod? Verdict { get; init; }

    /// <summary>
    /// The active goals' progress today when the caller already holds it for the same data (a page's cache, keyed by the
    /// data version): the one read then leaves out the goals' history. Null to track them from the read.
    /// </summary>
    public IReadOnlyList<GoalProgress>? Goals { get; init; }

    /// <summary>Reads <c>from</c> and <c>to</c> (<see cref="ReportPeriod.Parse"/>).</summary>
    /// <exception cref="RequestException">A day is wrong, or <c>from</c> is after <c>to</c>.</exception>
    public static OverviewRequest Parse(RequestValues values, Workspace workspace, TimeProvider time) => new(ReportPeriod.Parse(values, workspace, time));
}
