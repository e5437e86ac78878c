using Payoff.Core.Advocacy;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Kpi;

/// <summary>
/// The referral program type's KPIs (<c>report kpi --program referral</c>, issue 19): one row per referral program (network
/// Advocates, the program as campaign), its three families measured from the advocates report, each metric indexed as the
/// other program types' are — the period's monthly rate ÷ the program's own monthly average over the six months before
/// (1 = as usual; no history leaves the metric out):
/// <list type="bullet">
/// <item><b>reach</b>: <c>friends-reached</c> (people who met an advocate's referral);</item>
/// <item><b>exchange</b>: <c>invitations</c> (clicks on advocates' links) and <c>referral-visits</c>;</item>
/// <item><b>monetization</b>: <c>converted</c> (friends who did the program's trigger) and <c>net-revenue</c> (friends'
/// revenue minus rewards, in the workspace currency; a negative history average leaves it out).</item>
/// </list>
/// The families are weighted by <see cref="KpiWeights"/> of the referral type (reach 0.2, exchange 0.3, monetization 0.5).
/// </summary>
public static class ReferralKpi
{
    /// <summary>Builds the report from each program's advocates report over the period and over its history.</summary>
    /// <param name="programs">Each program with its report over <paramref name="range"/> and over <paramref name="history"/>.</param>
    /// <param name="range">The period.</param>
    /// <param name="history">The six months before it.</param>
    /// <param name="weights">The referral weights.</param>
    public static KpiReport Build(IReadOnlyList<(ReferralProgram Program, AdvocacyReport Current, AdvocacyReport History)> programs, DateRange range, DateRange history, KpiWeights weights)
    {
        ArgumentNullException.ThrowIfNull(programs);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(weights);
        var months = range.Days / 30.44;
        var historyMonths = history.Days / 30.44;
        KpiFamily Family(AdvocacyReport current, AdvocacyReport past, params (string Metric, Func<AdvocateResult, double> Value)[] metrics)
        {
            var parts = metrics.ToDictionary(m => m.Metric, m =>
            {
                var now = current.Rows.Sum(m.Value) / months;
                var usual = past.Rows.Sum(m.Value) / historyMonths;
                return usual > 0 ? now / usual : (double?)null;
            });
            var present = parts.Values.OfType<double>().ToList();
            return new KpiFamily(present.Count == 0 ? null : present.Average(), parts);
        }

        var rows = programs.Select(p =>
        {
            var reach = Family(p.Current, p.History, ("friends-reached", r => r.FriendsReached));
            var exchange = Family(p.Current, p.History, ("invitations", r => r.LinkClicks), ("referral-visits", r => r.Visits));
            var money = Family(p.Current, p.History, ("converted", r => r.Converted), ("net-revenue", r => (double)r.Net));
            var (r, e, m) = weights.Applied(reach.Score, exchange.Score, money.Score);
            double? score = r is null && e is null && m is null ? null : ((reach.Score ?? 0) * (r ?? 0)) + ((exchange.Score ?? 0) * (e ?? 0)) + ((money.Score ?? 0) * (m ?? 0));
            return new KpiRow(Channels.Channel.Advocates, reach, exchange, money, score) { Campaign = p.Program.Name };
        }).OrderByDescending(r => r.Score ?? double.MinValue).ThenBy(r => r.Campaign, StringComparer.Ordinal).ToList();
        return new KpiReport(range, history, weights, rows,
        [
            "Referral programs: reach = friends reached; exchange = invitations (clicks on advocates' links) and referral visits; monetization = converted friends and friends' revenue minus rewards (payoff report advocates has the figures).",
            "An index of 1 is the program's own average month of the six months before the period; a metric without history is left out and the other weights are scaled up.",
        ]);
    }
}
