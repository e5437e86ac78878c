using Payoff.Core.Ledger;
using Payoff.Core.Networks;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Kpi;

/// <summary>
/// Scores each social network over three KPI families (seed 001): reach (reach, impressions or views,
/// follower growth), exchange (shares, comments, and mentions from imported conversations) and monetization (conversions, value). Each metric
/// is normalised against the workspace's own history: the network's monthly average in the period ÷
/// the average network-month of the six months before (all networks with data). A family is the mean
/// of its metrics' indexes; the score weighs the families by program type.
/// </summary>
public sealed class KpiReportBuilder(ILedgerReader reader)
{
    private static readonly string[] ReachMetrics = ["reach", "impressions", "follower-growth"];
    private static readonly string[] ExchangeMetrics = ["shares", "comments", "mentions"];
    private static readonly string[] MonetizationMetrics = ["conversions", "value"];

    /// <summary>Builds the report of <paramref name="range"/>, per network or (with <paramref name="byCampaign"/>) per network and campaign.</summary>
    public async Task<KpiReport> BuildAsync(Workspace workspace, DateRange range, KpiWeights weights, bool byCampaign = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var history = new DateRange(range.From.AddMonths(-6), range.From.AddDays(-1));
        var all = new DateRange(history.From, range.To);
        var ledger = Ledger.Ledger.Build(await reader.ReadAsync(workspace, all, cancellationToken), workspace.Currency, all);
        return Build(ledger, range, history, weights, byCampaign);
    }

    /// <summary>
    /// The report from a ledger covering <paramref name="history"/> and <paramref name="range"/>. By
    /// campaign, reach and exchange are empty (daily account data has no campaigns) and each campaign's
    /// monetization is indexed against the average campaign-month of the history.
    /// </summary>
    public static KpiReport Build(Ledger.Ledger ledger, DateRange range, DateRange history, KpiWeights weights, bool byCampaign = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(weights);
        bool Social(string n) => NetworkCatalog.Default.Canonical(n) is { } c && string.Equals(c, n, StringComparison.OrdinalIgnoreCase);
        var networks = byCampaign
            ? ledger.Entries.Where(e => e.Campaign is not null && e.Campaign != "(not set)" && Social(e.Network)).Select(e => (Network: e.Network, Campaign: e.Campaign)).Distinct().ToList()
            : ledger.Entries.Select(e => e.Network).Concat(ledger.Social.Select(s => s.Network)).Where(Social).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Network: n, Campaign: (string?)null)).ToList();
        var months = range.Days / 30.44;
        var historyMonths = history.Days / 30.44;
        var baselines = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in ReachMetrics.Concat(ExchangeMetrics).Concat(MonetizationMetrics))
        {
            var values = networks.Select(n => Value(ledger, n.Network, n.Campaign, byCampaign, metric, history)).OfType<double>().ToList();
            var withData = values.Count(v => v != 0);
            baselines[metric] = withData == 0 ? 0 : values.Sum() / historyMonths / withData;
        }

        KpiFamily Family((string Network, string? Campaign) key, string[] metrics)
        {
            var parts = metrics.ToDictionary(m => m, m =>
                Value(ledger, key.Network, key.Campaign, byCampaign, m, range) is { } v && baselines[m] > 0 ? v / months / baselines[m] : (double?)null);
            var present = parts.Values.OfType<double>().ToList();
            return new KpiFamily(present.Count == 0 ? null : present.Average(), parts);
        }

        var rows = networks.Select(n =>
        {
            var reach = Family(n, ReachMetrics);
            var exchange = Family(n, ExchangeMetrics);
            var money = Family(n, MonetizationMetrics);
            var (r, e, m) = weights.Applied(reach.Score, exchange.Score, money.Score);
            double? score = r is null && e is null && m is null ? null : ((reach.Score ?? 0) * (r ?? 0)) + ((exchange.Score ?? 0) * (e ?? 0)) + ((money.Score ?? 0) * (m ?? 0));
            return new KpiRow(n.Network, reach, exchange, money, score) { Campaign = n.Campaign };
        }).OrderByDescending(r => r.Score ?? double.MinValue).ThenBy(r => r.Network, StringComparer.Ordinal).ThenBy(r => r.Campaign, StringComparer.Ordinal).ToList();
        return new KpiReport(range, history, weights, rows,
        [
            "Exchange counts shares, comments and mentions (mentions, comments and reviews from imported conversations, the seeds' \"exchange behaviour\"); advocates' activity needs data Payoff does not import yet.",
            "An index of 1 is an average network-month of the six months before the period; a family with no data is left out of the score and the other weights are scaled up.",
        ]);
    }

    private static double? Value(Ledger.Ledger ledger, string network, string? campaign, bool byCampaign, string metric, DateRange range)
    {
        bool InScope(DateOnly day, string n) => range.Contains(day) && string.Equals(n, network, StringComparison.OrdinalIgnoreCase);
        if (byCampaign && metric is not ("conversions" or "value"))
        {
            return null;
        }

        double Social(string name) => (double)ledger.Social.Where(s => s.Metric == name && InScope(s.Day, s.Network)).Sum(s => s.Value);
        bool HasSocial(string name) => ledger.Social.Any(s => s.Metric == name && string.Equals(s.Network, network, StringComparison.OrdinalIgnoreCase));
        switch (metric)
        {
            case "reach" or "shares" or "comments" or "mentions":
                return HasSocial(metric) ? Social(metric) : null;
            case "impressions":
                return HasSocial("impressions") ? Social("impressions") : HasSocial("views") ? Social("views") : null;
            case "follower-growth":
                return HasSocial("new_followers") ? Social("new_followers") - Social("unfollows") : null;
            default:
                var t = ledger.Sum(e => InScope(e.Day, e.Network) && (!byCampaign || string.Equals(e.Campaign, campaign, StringComparison.OrdinalIgnoreCase)));
                return metric == "conversions" ? t.Contacts + t.Customers : (double)t.Return;
        }
    }
}
