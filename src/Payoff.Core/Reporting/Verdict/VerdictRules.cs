using System.Globalization;
using Payoff.Core.Goals;
using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// The written-down rules of the verdict (docs/METRICS.md, "The verdict"). A difference between rates
/// is called real only when the 95 % Wilson intervals do not overlap and the two-proportion test gives
/// p &lt; 0.05 (reference §8). In order:
/// <list type="number">
/// <item>Fewer than 100 sessions and fewer than 10 contacts: not enough data — say how many are needed.</item>
/// <item>A converter or lead generator is never cut or reduced on volume: scale it when its return
/// covers its cost (or it has no cost), else optimize its cost.</item>
/// <item>With costs: ROI ≥ 100 % and not declining → scale; ROI ≥ 0 → keep; below 0: time cost at
/// least half the cost and some contacts → reduce time; ROI below −50 %, sessions declining, contact
/// rate significantly below the rest's and no goal on track → cut (after the experiments); else optimize.</item>
/// <item>Without costs: a traffic driver whose visits have a value (revenue or assigned value per
/// visit) is kept (scaled when rising); an awareness builder is kept; anything else is optimized —
/// cutting a network that costs nothing measurable saves nothing measurable.</item>
/// </list>
/// Goals off track or missed are named in the reasons; every verdict lists what to try.
/// </summary>
public static class VerdictRules
{
    /// <summary>Sessions below which (with fewer than <see cref="MinContacts"/> contacts) there is not enough data.</summary>
    public const int MinSessions = 100;

    /// <summary>Contacts below which (with fewer than <see cref="MinSessions"/> sessions) there is not enough data.</summary>
    public const int MinContacts = 10;

    /// <summary>Sessions a campaign needs to be ranked.</summary>
    public const int MinCampaignSessions = 30;

    /// <summary>Decides the verdict of one network.</summary>
    public static NetworkVerdict Decide(NetworkFacts facts, string currency)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var t = facts.Totals;
        var reasons = new List<string>();
        var experiments = new List<string>();
        var rate = new WilsonInterval(t.Contacts, t.Sessions);
        var rest = facts.Rest;
        var restRate = new WilsonInterval(rest.Contacts, rest.Sessions);
        var higher = Significant(rate, restRate, t.Contacts, t.Sessions, rest.Contacts, rest.Sessions, above: true);
        var lower = Significant(rate, restRate, t.Contacts, t.Sessions, rest.Contacts, rest.Sessions, above: false);
        var buyers = new WilsonInterval(t.Customers, t.Contacts);
        var restBuyers = new WilsonInterval(rest.Customers, rest.Contacts);
        var converts = Significant(buyers, restBuyers, t.Customers, t.Contacts, rest.Customers, rest.Contacts, above: true);
        var trend = Trend(facts.MonthlySessions);
        var contactTrend = Trend(facts.MonthlyContacts);
        var ranked = facts.Campaigns.Where(c => c.Sessions >= MinCampaignSessions && c.Campaign != "(not set)").ToList();
        var best = ranked.Count < 2 ? null : ranked.MaxBy(c => c.Rate.Low);
        var worst = ranked.Count < 2 ? null : ranked.MinBy(c => c.Rate.High);

        var role = converts ? NetworkRole.Converter
            : higher ? NetworkRole.LeadGenerator
            : facts.SessionShare >= 0.15 ? NetworkRole.TrafficDriver
            : facts.ReachShare >= 0.20 && facts.SessionShare < 0.10 ? NetworkRole.AwarenessBuilder
            : NetworkRole.Underperformer;

        reasons.Add(string.Create(CultureInfo.InvariantCulture,
            $"{Pct(facts.SessionShare)} of sessions ({t.Sessions:N0}), {Pct(facts.ContactShare)} of contacts ({t.Contacts:N0}), {Pct(facts.CustomerShare)} of customers ({t.Customers:N0}){(facts.ReachShare is { } r ? $", {Pct(r)} of reach" : string.Empty)}."));
        if (t.Sessions > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"Contact rate {Interval(rate)} against the rest's {Interval(restRate)}: {(higher ? $"higher, a real difference (p {P(t.Contacts, t.Sessions, rest.Contacts, rest.Sessions)})" : lower ? $"lower, a real difference (p {P(t.Contacts, t.Sessions, rest.Contacts, rest.Sessions)})" : "no real difference yet")}."));
        }

        if (converts)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{Interval(buyers)} of its contacts became customers against the rest's {Interval(restBuyers)}: a real difference."));
        }

        if (trend is { } change)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Sessions {Direction(change)} over {facts.MonthlySessions.Count} months ({string.Join(" → ", facts.MonthlySessions.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))}){(contactTrend is { } ct ? $"; contacts {Direction(ct)}" : string.Empty)}."));
        }

        if (t.TotalCost > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"It cost {Money(t.TotalCost, currency)} (ads {Money(t.AdSpend, currency)}, staff time {Money(t.TimeCost, currency)} for {t.TimeHours:0.#} h, fees {Money(t.OtherCost, currency)}) and returned {Money(t.Return, currency)} (revenue {Money(t.Revenue, currency)}, value {Money(t.Value, currency)}): ROI {Pct(t.Roi)}{(t.CostPerLead is { } cpl ? $", cost per lead {Money(cpl, currency)}" : string.Empty)}."));
        }
        else if (t.Return > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"No costs recorded; it returned {Money(t.Return, currency)} ({(t.ValuePerVisit is { } v ? Money(v, currency) : "—")} per visit). Log time and import ad spend to see its ROI."));
        }
        else
        {
            reasons.Add("No costs recorded and no revenue or value: log its time (payoff time) to see what it costs.");
        }

        foreach (var g in facts.Goals.Where(g => g.Status is GoalStatus.OffTrack or GoalStatus.Missed or GoalStatus.AtRisk or GoalStatus.OnTrack or GoalStatus.Achieved))
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Goal '{g.Goal.Name}' is {g.Status switch { GoalStatus.OnTrack => "on track", GoalStatus.AtRisk => "at risk", GoalStatus.OffTrack => "off track", GoalStatus.Missed => "missed", _ => "achieved" }}{(g.Probability is { } p && g.Status is not GoalStatus.Achieved and not GoalStatus.Missed ? $" ({Pct((double)p)} chance)" : string.Empty)}."));
        }

        if (best is not null && worst is not null && best != worst)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Best campaign: {best.Campaign} ({Interval(best.Rate)}, {best.Sessions:N0} sessions); worst: {worst.Campaign} ({Interval(worst.Rate)}, {worst.Sessions:N0} sessions)."));
        }

        var recommendation = Recommend(facts, role, higher || converts, lower, trend, reasons, experiments, best, worst);
        return new NetworkVerdict(facts, role, recommendation, reasons, experiments, trend, best, worst);
    }

    private static Recommendation Recommend(NetworkFacts facts, NetworkRole role, bool strongRate, bool weakRate, double? trend, List<string> reasons, List<string> experiments, CampaignResult? best, CampaignResult? worst)
    {
        var t = facts.Totals;
        var declining = trend is < -0.05;
        var goalOnTrack = facts.Goals.Any(g => g.Status is GoalStatus.OnTrack or GoalStatus.Achieved);
        if (best is not null && worst is not null && best != worst)
        {
            experiments.Add($"Move effort from '{worst.Campaign}' to what works in '{best.Campaign}'.");
        }

        if (t.Sessions < MinSessions && t.Contacts < MinContacts)
        {
            var needed = NeededSessions(facts);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Not enough data yet: {t.Sessions:N0} sessions and {t.Contacts:N0} contacts; about {needed:N0} sessions would tell its contact rate from the rest's."));
            experiments.Add("Tag every link to it with UTM parameters (payoff link add) so its visits are counted.");
            return Recommendation.NotEnoughData;
        }

        if (strongRate)
        {
            reasons.Add(role == NetworkRole.Converter
                ? "It converts better than the rest: never cut it for its volume."
                : "Few visits, but they become leads at a higher rate: an opportunity, not a cut.");
            experiments.Add("Grow its reach: post more often, boost the best posts, invite the right audience.");
            if (t.TotalCost > 0 && t.Roi < 0)
            {
                reasons.Add("Its return does not cover its cost yet: lower the cost per lead before scaling.");
                experiments.Add("Cut the time or spend on its weakest campaign and keep the best one.");
                return Recommendation.Optimize;
            }

            return Recommendation.Scale;
        }

        if (t.TotalCost > 0 && t.Roi is { } roi)
        {
            if (roi >= 1 && !declining)
            {
                reasons.Add("Its return is more than twice its cost and it is not declining: scale it.");
                experiments.Add("Raise its budget or time step by step and watch the cost per lead.");
                return Recommendation.Scale;
            }

            if (roi >= 0)
            {
                reasons.Add("Its return covers its cost: keep it.");
                experiments.Add("Test one change at a time (content type, posting time) to raise its contact rate.");
                return Recommendation.Keep;
            }

            experiments.Add("Test content types (video, image, link), posting times and positioning for a month, one at a time.");
            experiments.Add("Test a landing page and call to action made for this network's visitors.");
            if (t.TimeCost >= t.TotalCost / 2 && t.Contacts > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Staff time is {Pct((double)(t.TimeCost / t.TotalCost))} of its cost and the return does not cover it: spend less time on it."));
                experiments.Add("Batch and schedule its posts; reuse content made for the other networks.");
                return Recommendation.ReduceTime;
            }

            if (roi < -0.5m && declining && weakRate && !goalOnTrack)
            {
                reasons.Add("It costs more than twice what it returns, it is declining, its contact rate is really lower than the rest's, and no goal is on track: cut it — after the experiments below, if not tried yet.");
                return Recommendation.Cut;
            }

            reasons.Add("Its return does not cover its cost: experiment before deciding.");
            return Recommendation.Optimize;
        }

        if (role == NetworkRole.TrafficDriver && t.ValuePerVisit is > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"A traffic driver whose visits are worth something ({t.ValuePerVisit:0.####} per visit): valuable as it is{(trend is > 0.05 ? ", and rising" : string.Empty)}."));
            experiments.Add("Add calls to action for this network's visitors to turn more of them into leads.");
            return trend is > 0.05 ? Recommendation.Scale : Recommendation.Keep;
        }

        if (role == NetworkRole.AwarenessBuilder)
        {
            reasons.Add("It builds awareness (reach) more than visits: keep it, and measure whether that reach brings visits.");
            experiments.Add("Add tracked links to its posts to see which reach turns into visits.");
            return Recommendation.Keep;
        }

        reasons.Add(weakRate
            ? "Its visitors become leads less often than the rest's: experiment with content and landing pages first."
            : "Nothing sets it apart yet: experiment before deciding.");
        experiments.Add("Test content types (video, image, link), posting times and positioning for a month, one at a time.");
        experiments.Add("Log the time it takes (payoff time) so its cost can be weighed.");
        return Recommendation.Optimize;
    }

    /// <summary>Sessions needed (at the workspace's rate) for a 95 % interval of ±half the workspace's contact rate.</summary>
    private static long NeededSessions(NetworkFacts facts)
    {
        var p = facts.Workspace.ContactRate ?? 0.02;
        p = p <= 0 ? 0.02 : p;
        var margin = p / 2;
        return (long)Math.Ceiling(1.96 * 1.96 * p * (1 - p) / (margin * margin));
    }

    private static bool Significant(WilsonInterval a, WilsonInterval b, long x1, long n1, long x2, long n2, bool above) =>
        (above ? a.Above(b) : a.Below(b)) && ProportionTest.Significant(x1, n1, x2, n2);

    /// <summary>The average monthly change (a fraction of the mean) from a least-squares line through the months.</summary>
    private static double? Trend(IReadOnlyList<long> months)
    {
        if (months.Count < 2 || months.Average() == 0)
        {
            return null;
        }

        var n = months.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = months.Average();
        var slope = Enumerable.Range(0, n).Sum(i => (i - meanX) * (months[i] - meanY)) / Enumerable.Range(0, n).Sum(i => (i - meanX) * (i - meanX));
        return slope / meanY;
    }

    private static string Direction(double change) => change switch
    {
        > 0.05 => string.Create(CultureInfo.InvariantCulture, $"rose {change:+0%} a month"),
        < -0.05 => string.Create(CultureInfo.InvariantCulture, $"fell {-change:0%} a month"),
        _ => "held steady",
    };

    private static string Interval(WilsonInterval i) =>
        i.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r:0.0%} (95 % CI {i.Low:0.0%}–{i.High:0.0%})") : "—";

    private static string P(long x1, long n1, long x2, long n2) =>
        ProportionTest.PValue(x1, n1, x2, n2) is var p && p < 0.001 ? "< 0.001" : string.Create(CultureInfo.InvariantCulture, $"= {p:0.000}");

    private static string Pct(double value) => value.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Pct(decimal? value) => value is { } v ? ((double)v).ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture) : "—";

    private static string Money(decimal value, string currency) => string.Create(CultureInfo.InvariantCulture, $"{value:N2} {currency}");
}
