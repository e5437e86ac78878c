using Payoff.Application.Requests;
using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Kpi;

/// <summary>What a program KPI report covers, read once from the CLI's options and the API's query.</summary>
/// <param name="Range">The days (<see cref="ReportPeriod"/>).</param>
/// <param name="Weights">The program's weights of reach, exchange and monetization (custom weights are normalised to sum to 1).</param>
/// <param name="ByCampaign">Rows per campaign instead of per network (monetization only: account data has no campaigns).</param>
public sealed record KpiRequest(DateRange Range, KpiWeights Weights, bool ByCampaign)
{
    /// <summary>Reads <c>from</c>, <c>to</c>, <c>program</c> (awareness|engagement|direct-response, default engagement), <c>weights</c> (r,e,m; wins over program) and <c>by</c> (network|campaign).</summary>
    /// <exception cref="RequestException">A day is wrong, or <c>program</c>, <c>weights</c> or <c>by</c> does not read.</exception>
    public static KpiRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var program = values.Get("program");
        var custom = values.Get("weights");
        if (custom is null && program is not null && KpiWeights.Find(program, null) is null)
        {
            throw new RequestException("program", $"{values.Name("program")} must be awareness, engagement, direct-response or referral, not '{Text.Visible(program)}'.");
        }

        var weights = KpiWeights.Find(program, custom)
            ?? throw new RequestException("weights", $"{values.Name("weights")} '{Text.Visible(custom)}' is not three numbers of zero or more, like 0.5,0.3,0.2.");
        var byCampaign = values.Get("by")?.ToLowerInvariant() switch
        {
            null or "network" => false,
            "campaign" => true,
            _ => throw new RequestException("by", $"{values.Name("by")} must be network or campaign, not '{Text.Visible(values.Get("by"))}'."),
        };
        return new KpiRequest(range, weights, byCampaign);
    }
}
