using Payoff.Application.Requests;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Social;

/// <summary>What the social report is asked for, on every surface (CLI, API, network page).</summary>
/// <param name="Range">The workspace-local days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
/// <param name="Grouping">The rows: network (default), account or month.</param>
public sealed record SocialRequest(DateRange Range, SocialGrouping Grouping)
{
    /// <summary>Reads <c>from</c>, <c>to</c> and <c>by</c> (<c>network</c>, <c>account</c> or <c>month</c>).</summary>
    /// <exception cref="RequestException">A day is wrong, <c>from</c> is after <c>to</c>, or <c>by</c> is not one of its words.</exception>
    public static SocialRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        var range = ReportPeriod.Parse(values, workspace, time);
        var grouping = FieldChoice.Parse(values, "by", SocialGrouping.Network, ("network", SocialGrouping.Network), ("account", SocialGrouping.Account), ("month", SocialGrouping.Month));
        return new SocialRequest(range, grouping);
    }
}
