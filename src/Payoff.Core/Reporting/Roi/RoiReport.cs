using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Roi;

/// <summary>The ROI report: rows, totals, and the attribution model the results are credited by.</summary>
/// <param name="Range">The period.</param>
/// <param name="Currency">The workspace currency every amount is in.</param>
/// <param name="Model">The attribution model: contacts, customers, revenue and value by the person's original source.</param>
/// <param name="Rows">The rows, biggest cost first.</param>
/// <param name="Totals">The sum of all rows (the sums of <see cref="AllChannels"/>).</param>
/// <param name="Warnings">Amounts left out and why.</param>
public sealed record RoiReport(DateRange Range, string Currency, string Model, IReadOnlyList<RoiRow> Rows, Ledger.LedgerTotals Totals, IReadOnlyList<string> Warnings)
{
    /// <summary>The model's name until the attribution issue adds the others.</summary>
    public const string FirstTouch = "first-touch";

    /// <summary>The social networks' rows added up, with ratios only when each of them carries a cost.</summary>
    public RoiTotal SocialNetworks => RoiTotal.Of(RoiTotal.SocialNetworks, [.. Rows.Where(r => r.IsSocialNetwork)]);

    /// <summary>Every row added up, with ratios only when every network and channel carries a cost.</summary>
    public RoiTotal AllChannels => RoiTotal.Of(RoiTotal.AllChannels, Rows);
}
