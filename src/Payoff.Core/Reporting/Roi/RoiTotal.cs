using Payoff.Core.Ledger;

namespace Payoff.Core.Reporting.Roi;

/// <summary>
/// A totals line of the ROI report (the social networks, or all channels) whose ratios never mix
/// costed rows with rows that carry no cost (docs/METRICS.md, "Money"): when any network or channel in
/// it has results but no cost (organic search, email, direct, or a network with no time or spend
/// logged), its ROI, ROAS, cost per visit, CPL and CAC are null and <see cref="WithoutCost"/> names
/// them; its sums are always given.
/// </summary>
/// <param name="Name">"Social networks" or "All channels".</param>
/// <param name="Totals">The sums of its rows.</param>
/// <param name="WithoutCost">Its networks and channels with results but no cost, in report order.</param>
public sealed record RoiTotal(string Name, LedgerTotals Totals, IReadOnlyList<string> WithoutCost)
{
    /// <summary>The name of the social networks' total.</summary>
    public const string SocialNetworks = "Social networks";

    /// <summary>The name of the all-channels total.</summary>
    public const string AllChannels = "All channels";

    /// <summary>Whether its cost ratios are given: every network and channel in it carries a cost, and there is one.</summary>
    public bool HasRatios => WithoutCost.Count == 0 && Totals.TotalCost != 0;

    /// <summary>(Revenue + value − cost) ÷ cost, or null (see <see cref="HasRatios"/>).</summary>
    public decimal? Roi => HasRatios ? Totals.Roi : null;

    /// <summary>Revenue ÷ ad spend, or null.</summary>
    public decimal? Roas => HasRatios ? Totals.Roas : null;

    /// <summary>Cost ÷ sessions, or null.</summary>
    public decimal? CostPerVisit => HasRatios ? Totals.CostPerVisit : null;

    /// <summary>Cost ÷ new contacts (CPL), or null.</summary>
    public decimal? CostPerLead => HasRatios ? Totals.CostPerLead : null;

    /// <summary>Cost ÷ new customers (CAC), or null.</summary>
    public decimal? CostPerCustomer => HasRatios ? Totals.CostPerCustomer : null;

    /// <summary>The totals of <paramref name="rows"/> named <paramref name="name"/>; a network counts as without cost when none of its rows has one.</summary>
    public static RoiTotal Of(string name, IReadOnlyList<RoiRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var withoutCost = rows
            .GroupBy(r => r.Network, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.All(r => r.Totals.TotalCost == 0))
            .Select(g => g.First().Network)
            .ToList();
        return new RoiTotal(name, LedgerTotals.Sum(rows.Select(r => r.Totals)), withoutCost);
    }
}
