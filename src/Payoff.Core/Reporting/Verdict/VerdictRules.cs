using System.Globalization;
using Payoff.Core.Goals;
using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// The written-down rules of the verdict (docs/METRICS.md, "The verdict"). A difference between rates
/// is called real only when the 95 % Wilson intervals do not overlap and the two-proportion test gives
/// p &lt; 0.05 (reference §8); a rise or fall only when the quasi-Poisson trend test of the weekly
/// counts over the covered weeks says so (<see cref="QuasiPoissonTrend"/>), and never with fewer than
/// two covered months. In order:
/// <list type="number">
/// <item>Fewer than 100 sessions and fewer than 10 contacts: not enough data — say how many are needed.</item>
/// <item>A converter or lead generator is never cut or reduced on volume: scale it — unless its return
/// does not cover its cost or its leads cost several times the other networks' (optimize), or it is
/// falling (keep).</item>
/// <item>With costs: costly every month, no contacts (or a really lower contact rate), falling, a return
/// below its cost and no goal on track → reduce time when staff time is at least half its cost, else cut,
/// with the money saved a month. ROI ≥ 100 %, not falling and leads not several times dearer → scale;
/// ROI ≥ 0 → keep; below 0: staff time at least half the cost and some contacts → reduce time; leads
/// several times dearer and falling, or ROI below −50 % with a really lower rate and falling, and no
/// goal on track → cut (after the experiments); else optimize.</item>
/// <item>Without costs: a traffic driver whose visits have a value is kept (scaled when really rising);
/// an awareness builder is kept; anything else is optimized — cutting a network that costs nothing
/// measurable saves nothing measurable.</item>
/// </list>
/// Goals are named in the reasons; every verdict lists what to try. Every sentence's claim is computed
/// from the figures printed beside it: a test feeds generated workspaces through these rules and checks it.
/// </summary>
public static partial class VerdictRules
{
    /// <summary>Sessions below which (with fewer than <see cref="MinContacts"/> contacts) there is not enough data.</summary>
    public const int MinSessions = 100;

    /// <summary>Contacts below which (with fewer than <see cref="MinSessions"/> sessions) there is not enough data.</summary>
    public const int MinContacts = 10;

    /// <summary>Sessions a campaign needs to be ranked.</summary>
    public const int MinCampaignSessions = 30;

    /// <summary>The share of sessions from which a network is a traffic driver (15 %); below it, its visits are "few".</summary>
    public const double SmallShare = 0.15;

    /// <summary>The share of sessions (50 %) from which a network is a traffic driver whatever its contact rate: it brings most of the visits.</summary>
    public const double MajorShare = 0.5;

    /// <summary>How many times the other social networks' cost per lead makes a network's leads "several times dearer" (3×).</summary>
    public const decimal DearLeadFactor = 3;

    /// <summary>Decides the verdict of one network.</summary>
    public static NetworkVerdict Decide(NetworkFacts facts, string currency)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var e = Evidence.Of(facts);
        var t = facts.Totals;
        var reasons = new List<string>();
        var experiments = new List<string>();
        // A campaign with more contacts than sessions has no interval, so it cannot be ranked.
        var ranked = facts.Campaigns.Where(c => c.Sessions >= MinCampaignSessions && c.Campaign != "(not set)" && c.Rate.IsProportion()).ToList();
        var (best, worst) = BestAndWorst(ranked);
        var role = Role(facts, e);

        reasons.Add(Shares(facts));
        // A comparison needs something to compare with: with no other traffic in the workspace it is not printed.
        if (t.Sessions > 0 && facts.Rest.Sessions > 0)
        {
            reasons.Add($"Contact rate {Interval(e.Rate)} against the rest's {Interval(e.RestRate)}: {VerdictText.Compare(e.Rate, e.RestRate)}.");
        }
        else if (t.Sessions > 0 && !e.Rate.IsProportion())
        {
            reasons.Add($"Contact rate {Interval(e.Rate)}: contacts arrived without a tracked visit, so the contact rate is not comparable.");
        }

        if (e.Converts)
        {
            reasons.Add($"{Interval(e.Buyers)} of its contacts became customers against the rest's {Interval(e.RestBuyers)}: a real difference.");
        }

        reasons.Add(TrendSentence(facts, e));
        reasons.AddRange(CostSentences(facts, e, currency));
        foreach (var g in facts.Goals)
        {
            var status = g.Status switch { GoalStatus.OnTrack => "on track", GoalStatus.AtRisk => "at risk", GoalStatus.OffTrack => "off track", GoalStatus.Missed => "missed", _ => "achieved" };
            var chance = g.Probability is { } p && g.Status is not GoalStatus.Achieved and not GoalStatus.Missed ? $" ({GoalChance.Format(p)} chance)" : string.Empty;
            reasons.Add($"Goal '{g.Goal.Name}' is {status}{chance}.");
        }

        if (best is not null && worst is not null)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Best campaign: {best.Campaign} ({Interval(best.Rate)}, {best.Sessions:N0} sessions); worst: {worst.Campaign} ({Interval(worst.Rate)}, {worst.Sessions:N0} sessions)."));
            experiments.Add($"Move effort from '{worst.Campaign}' to what works in '{best.Campaign}'.");
        }

        var gated = false;
        var (recommendation, saving) = Recommend(facts, e, role, currency, reasons, experiments, ref gated);
        if (facts.Conversations is { Rose: true } shift)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Its negative share of messages rose to {shift.Now.Rate:0 %} in the last month from {shift.Before.Rate:0 %} in the months before (p {(shift.PValue < 0.001 ? "< 0.001" : "= " + shift.PValue.ToString("0.000", CultureInfo.InvariantCulture))}, {shift.Now.Trials:N0} and {shift.Before.Trials:N0} messages): look at what people say there (payoff report conversations --network {facts.Network})."));
        }

        // Told to cut or spend less time, a network is not "driving traffic" or "contributing": its role says it does not pay.
        role = recommendation is Recommendation.Cut or Recommendation.ReduceTime ? NetworkRole.Underperformer : role;
        return new NetworkVerdict(facts, role, recommendation, reasons, experiments, e.Sessions, e.Contacts, best, worst, saving) { CutGated = gated };
    }

    /// <summary>
    /// The best campaign (highest contact-rate lower bound) and the worst among the others (lowest upper
    /// bound) — two different campaigns, the best with the higher rate — or neither. Campaigns with more
    /// contacts than sessions have no interval and are not ranked.
    /// </summary>
    private static (CampaignResult? Best, CampaignResult? Worst) BestAndWorst(List<CampaignResult> ranked)
    {
        var best = ranked.Count < 2 ? null : ranked.MaxBy(c => c.Rate.Low);
        var worst = best is null ? null : ranked.Where(c => !ReferenceEquals(c, best)).MinBy(c => c.Rate.High);
        return best is not null && worst is not null && best.Rate.Rate > worst.Rate.Rate ? (best, worst) : (null, null);
    }

    private static NetworkRole Role(NetworkFacts facts, Evidence e)
    {
        var t = facts.Totals;
        var underperforms = e.Enough && (t.TotalCost > 0
            ? t.Roi < 0 && (facts.Social.Roi is not { } social || t.Roi <= social)
            : e.Lower && t.ValuePerVisit is not > 0);
        return e.Converts ? NetworkRole.Converter
            : e.Higher ? NetworkRole.LeadGenerator
            : facts.SessionShare >= MajorShare || (facts.SessionShare >= SmallShare && (!e.Lower || (t.ValuePerVisit > 0 && t.Roi is not < 0))) ? NetworkRole.TrafficDriver
            : facts.ReachShare >= 0.20 && facts.SessionShare < 0.10 ? NetworkRole.AwarenessBuilder
            : underperforms ? NetworkRole.Underperformer
            : NetworkRole.Contributor;
    }

    /// <summary>Sessions needed (at the workspace's rate) for a 95 % interval of ±half the workspace's contact rate.</summary>
    private static long NeededSessions(NetworkFacts facts)
    {
        var p = facts.Workspace.ContactRate ?? 0.02;
        p = p <= 0 ? 0.02 : p;
        var margin = p / 2;
        return (long)Math.Ceiling(1.96 * 1.96 * p * (1 - p) / (margin * margin));
    }
}
