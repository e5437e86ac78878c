using Payoff.Application.Requests;
using Payoff.Core.Attribution;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Roi;

/// <summary>What an ROI report covers, read once from the CLI's options, the API's query and the ROI page's URL.</summary>
/// <param name="Range">The days (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
/// <param name="Grouping">Rows per network (default) or campaign.</param>
/// <param name="Network">Only this network as given (resolved against the workspace's names by the handler), or null for all.</param>
/// <param name="Model">The attribution model of contacts, customers and revenue: <see cref="RoiReport.FirstTouch"/> (default) or another of <see cref="AttributionModels.Names"/>.</param>
public sealed record RoiRequest(DateRange Range, RoiGrouping Grouping, string? Network, string Model)
{
    /// <summary>The network field as the host spells it in messages (<c>--network</c> or <c>network</c>).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>True when contacts, customers and revenue are credited by a model other than first-touch.</summary>
    public bool Attributed => Model != RoiReport.FirstTouch;

    /// <summary>Reads <c>from</c>, <c>to</c>, <c>by</c> (network|campaign), <c>network</c> and <c>model</c>.</summary>
    /// <exception cref="RequestException">A day is wrong (<see cref="ReportPeriod.Parse"/>), <c>by</c> or <c>model</c> is unknown, or a model other than first-touch is asked with <c>by=campaign</c> or <c>network</c>.</exception>
    public static RoiRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var grouping = values.Get("by")?.ToLowerInvariant() switch
        {
            null or "network" => RoiGrouping.Network,
            "campaign" => RoiGrouping.Campaign,
            _ => throw new RequestException("by", $"{values.Name("by")} must be network or campaign, not '{Text.Visible(values.Get("by"))}'."),
        };
        var model = values.Get("model")?.ToLowerInvariant() ?? RoiReport.FirstTouch;
        if (!AttributionModels.Names.Contains(model))
        {
            throw new RequestException("model", $"{values.Name("model")} must be one of {string.Join(", ", AttributionModels.Names)}, not '{Text.Visible(values.Get("model"))}'.");
        }

        var network = values.Get("network");
        if (model != RoiReport.FirstTouch && (grouping != RoiGrouping.Network || network is not null))
        {
            throw new RequestException("model", $"{values.Name("model")} other than first-touch reads ROI per network over all networks: drop {values.Name("by")} campaign and {values.Name("network")}.");
        }

        return new RoiRequest(range, grouping, network, model) { NetworkName = values.Name("network") };
    }
}
