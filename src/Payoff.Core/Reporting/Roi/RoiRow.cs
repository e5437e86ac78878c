using Payoff.Core.Ledger;
using Payoff.Core.Networks;

namespace Payoff.Core.Reporting.Roi;

/// <summary>A row of the ROI report: a network (or a campaign in it) with its results, costs and ratios.</summary>
/// <param name="Network">The network or channel.</param>
/// <param name="Campaign">The campaign; null on network rows and on a network's row of staff time and fees.</param>
/// <param name="Totals">The sums and ratios (<see cref="LedgerTotals"/>).</param>
public sealed record RoiRow(string Network, string? Campaign, LedgerTotals Totals)
{
    /// <summary>What the report calls a network's staff time and fees that belong to no campaign.</summary>
    public const string NotAssigned = "time and fees not assigned to a campaign";

    /// <summary>
    /// Whether this is a network's own line, by campaign, of staff time and fees that belong to no
    /// campaign (the ledger books them on the network). It has a cost and never a return, so it has no
    /// ROI: it is not a campaign.
    /// </summary>
    public bool Unassigned { get; init; }

    /// <summary>Whether <see cref="Network"/> is a social network rather than a channel (organic search, email, direct…).</summary>
    public bool IsSocialNetwork => NetworkCatalog.Default.IsNetwork(Network);

    /// <summary>The row's name for people: the campaign, the network's unassigned line, or the network.</summary>
    public string Label => Campaign ?? (Unassigned ? NotAssigned : Network);

    /// <summary>(Revenue + value − cost) ÷ cost as a fraction; null with no cost and on the <see cref="Unassigned"/> line.</summary>
    public decimal? Roi => Unassigned ? null : Totals.Roi;
}
