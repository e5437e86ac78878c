using System.Globalization;
using Payoff.Core.Ledger;
using Payoff.Core.Networks;
using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// How a channel without a network (Organic Search, Email, Direct…) compares with the social networks
/// over the verdict's whole months: the verdict judges social networks only, so a channel's page shows
/// this instead — its sessions a month, contact rate (95 % Wilson interval, a difference called real
/// only when the intervals part and p &lt; 0.05), and cost and ROI where any cost is recorded.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Period">The judged whole months.</param>
/// <param name="Totals">The channel's totals over the period.</param>
/// <param name="Social">The social networks' totals together over the period.</param>
/// <param name="Networks">Each social network's totals over the period, most sessions first.</param>
/// <param name="Sentences">The comparison in words, each quoting its figures.</param>
public sealed record ChannelComparison(string Channel, VerdictPeriod Period, LedgerTotals Totals, LedgerTotals Social, IReadOnlyList<(string Network, LedgerTotals Totals)> Networks, IReadOnlyList<string> Sentences)
{
    /// <summary>The social networks with results but no cost recorded over the period, in <see cref="Networks"/> order.</summary>
    public IReadOnlyList<string> SocialWithoutCost => [.. Networks.Where(n => n.Totals.TotalCost == 0).Select(n => n.Network)];

    /// <summary>
    /// The social networks' ROI together, or null when any of them carries no cost (their results would
    /// flatter the others' cost, as in the ROI report's "Social networks" total: docs/METRICS.md, "Money").
    /// </summary>
    public decimal? SocialRoi => SocialWithoutCost.Count == 0 ? Social.Roi : null;

    /// <summary>Compares <paramref name="channel"/> with the social networks in <paramref name="ledger"/> (which must cover <paramref name="period"/>).</summary>
    public static ChannelComparison Build(Ledger.Ledger ledger, VerdictPeriod period, string channel, string currency)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(period);
        var entries = ledger.Entries.Where(e => period.Range.Contains(e.Day)).ToList();
        var own = Sum(entries.Where(e => string.Equals(e.Network, channel, StringComparison.OrdinalIgnoreCase)));
        var networks = entries.Where(e => NetworkCatalog.Default.Canonical(e.Network) is { } c && string.Equals(c, e.Network, StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => e.Network, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Network: g.Key, Totals: Sum(g)))
            .OrderByDescending(n => n.Totals.Sessions).ThenBy(n => n.Network, StringComparer.Ordinal)
            .ToList();
        var social = LedgerTotals.Sum(networks.Select(n => n.Totals));
        var months = period.Months;
        var rate = new WilsonInterval(own.Contacts, own.Sessions);
        var socialRate = new WilsonInterval(social.Contacts, social.Sessions);
        var withoutCost = networks.Where(n => n.Totals.TotalCost == 0).Select(n => n.Network).ToList();
        var socialRoi = withoutCost.Count == 0 ? VerdictText.Pct(social.Roi) : $"— ({string.Join(", ", withoutCost)} {(withoutCost.Count == 1 ? "carries" : "carry")} no cost)";
        var sentences = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{channel} brought {own.Sessions / months:N0} sessions a month over {period.Heading}, against {social.Sessions / months:N0} from the {networks.Count} social networks together."),
            own.Sessions == 0 || social.Sessions == 0
                ? "Contact rates: — (no sessions to compare)."
                : $"Contact rate {VerdictText.Interval(rate)} against the social networks' {VerdictText.Interval(socialRate)}: {VerdictText.Compare(rate, socialRate)}.",
            own.TotalCost > 0
                ? $"It cost {VerdictText.Money(own.TotalCost, currency)}: ROI {VerdictText.Pct(own.Roi)} against the social networks' {socialRoi}."
                : $"No cost recorded for it, so no ROI (—): log time spent on it (payoff time log) or import its ad spend (payoff import auto FILE) to see one. The social networks' ROI: {socialRoi}.",
        };
        return new ChannelComparison(channel, period, own, social, networks, sentences);
    }

    private static LedgerTotals Sum(IEnumerable<LedgerEntry> entries) => LedgerTotals.Sum(entries);
}
