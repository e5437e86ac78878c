using System.Globalization;
using Payoff.Core.Goals;

namespace Payoff.Core.Reporting.Verdict;

public static partial class VerdictRules
{
    private const string TestContent = "Test content types (video, image, link), posting times and positioning for a month, one at a time.";

    private static (Recommendation, decimal?) Recommend(NetworkFacts facts, Evidence e, NetworkRole role, string currency, List<string> reasons, List<string> experiments, ref bool gated)
    {
        var t = facts.Totals;
        var goalOnTrack = facts.Goals.Any(g => g.Status is GoalStatus.OnTrack or GoalStatus.Achieved);
        if (!e.Enough)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Not enough data yet: {t.Sessions:N0} sessions and {t.Contacts:N0} contacts; about {NeededSessions(facts):N0} sessions would tell its contact rate from the rest's."));
            experiments.Add("Tag every link to it with UTM parameters (payoff link create) so its visits are counted.");
            return (Recommendation.NotEnoughData, null);
        }

        if (e.Higher || e.Converts)
        {
            return (Opportunity(facts, e, role, reasons, experiments), null);
        }

        if (t.TotalCost > 0 && t.Roi is { } roi)
        {
            return Costed(facts, e, roi, goalOnTrack, currency, reasons, experiments, ref gated);
        }

        if (role == NetworkRole.TrafficDriver && t.ValuePerVisit is > 0)
        {
            var rising = e.Sessions?.Direction == Statistics.TrendDirection.Rising;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"A traffic driver whose visits are worth something ({t.ValuePerVisit:0.####} per visit): valuable as it is{(rising ? ", and its sessions are rising" : string.Empty)}."));
            experiments.Add("Add calls to action for this network's visitors to turn more of them into leads.");
            return (rising ? Recommendation.Scale : Recommendation.Keep, null);
        }

        if (role == NetworkRole.AwarenessBuilder)
        {
            reasons.Add("It builds awareness (reach) more than visits: keep it, and measure whether that reach brings visits.");
            experiments.Add("Add tracked links to its posts to see which reach turns into visits.");
            return (Recommendation.Keep, null);
        }

        reasons.Add(e.Lower
            ? "Its visitors become leads less often than the rest's: experiment with content and landing pages first."
            : "Nothing sets it apart yet: experiment before deciding.");
        experiments.Add(TestContent);
        experiments.Add("Log the time it takes (payoff time log) so its cost can be weighed.");
        return (Recommendation.Optimize, null);
    }

    /// <summary>
    /// A network that meets the cut rules: cut when content experiments were tried on it (saying how many and what they
    /// found), else reduce its time and run the most promising experiment first (issue 17: experiments gate only "cut").
    /// </summary>
    private static (Recommendation, decimal?) CutUnlessUntried(NetworkFacts facts, string why, decimal monthly, decimal halfTime, string currency, List<string> reasons, List<string> experiments, ref bool gated)
    {
        if (facts.Tried.Count > 0)
        {
            reasons.Add($"{why}: cut it. {Content(facts.Tried)} — the numbers still call for a cut. That saves about {Money(monthly, currency)} a month.");
            return (Recommendation.Cut, monthly);
        }

        gated = true;
        var saving = halfTime > 0 ? $" Halving its staff time saves about {Money(halfTime, currency)} a month; stopping it, {Money(monthly, currency)}." : string.Empty;
        reasons.Add($"{why}: that meets the rules for a cut, but no content experiment has been tried on it in the last {ContentEvidence.TriedMonths} months, so spend less time on it and experiment before cutting.{saving}");
        experiments.Insert(0, facts.Promising is { } p
            ? $"Run the most promising experiment first: {p.Leader} against {p.Other} posts ({p.Finding.TrimEnd('.')}): payoff experiment add --network \"{facts.Network}\" --name \"{p.Leader} vs {p.Other}\" --variants \"{p.Leader},{p.Other}\" --until DAY."
            : $"Run a content experiment first (content types, labels, hashtags or tracked links): payoff experiment add --network \"{facts.Network}\" --name TEXT --variants A,B --until DAY.");
        return (Recommendation.ReduceTime, halfTime > 0 ? halfTime : null);
    }

    private static string Content(IReadOnlyList<Content.ExperimentResult> tried)
    {
        var text = ContentEvidence.Describe(tried);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A converter or lead generator: never cut or reduced for its volume.</summary>
    private static Recommendation Opportunity(NetworkFacts facts, Evidence e, NetworkRole role, List<string> reasons, List<string> experiments)
    {
        var t = facts.Totals;
        reasons.Add(role == NetworkRole.Converter
            ? "It converts better than the rest: never cut it for its volume."
            : facts.SessionShare < SmallShare ? "Few visits, but they become leads at a higher rate: an opportunity, not a cut."
            : "Its visitors become leads at a higher rate than the rest's: an opportunity, not a cut.");
        experiments.Add("Grow its reach: post more often, boost the best posts, invite the right audience.");
        if (t.Roi < 0 || e.Dear)
        {
            reasons.Add(t.Roi < 0
                ? "Its return does not cover its cost yet: lower the cost per lead before scaling."
                : "Its leads cost several times the other networks': lower the cost per lead before scaling.");
            experiments.Add("Cut the time or spend on its weakest campaign and keep the best one.");
            return Recommendation.Optimize;
        }

        if (e.Declining)
        {
            reasons.Add($"But {e.Falling}: keep it, and find out why before scaling it.");
            return Recommendation.Keep;
        }

        return Recommendation.Scale;
    }

    private static (Recommendation, decimal?) Costed(NetworkFacts facts, Evidence e, decimal roi, bool goalOnTrack, string currency, List<string> reasons, List<string> experiments, ref bool gated)
    {
        var t = facts.Totals;
        var monthly = t.TotalCost / facts.Months.Count;
        var halfTime = t.TimeCost / facts.Months.Count / 2;
        var timeHeavy = t.TimeCost >= t.TotalCost / 2;
        var everyMonth = facts.Months.All(m => m.Cost > 0);
        if (roi < 0 && everyMonth && (t.Contacts == 0 || e.Lower) && e.Declining && !goalOnTrack)
        {
            experiments.Add(TestContent);
            var months = string.Join(", ", facts.Months.Select(m => Money(m.Cost, currency)));
            var leads = t.Contacts == 0 ? "brought no contacts" : "turns visits into leads less often than the rest";
            if (timeHeavy)
            {
                reasons.Add($"It costs money every month ({months}), {leads}, {e.Falling}, and its return does not cover its cost: spend less time on it. Halving its staff time saves about {Money(halfTime, currency)} a month; stopping it, {Money(monthly, currency)} a month.");
                experiments.Add("Batch and schedule its posts; reuse content made for the other networks.");
                return (Recommendation.ReduceTime, halfTime);
            }

            return CutUnlessUntried(facts, $"It costs money every month ({months}), {leads}, {e.Falling}, and its return does not cover its cost", monthly, halfTime, currency, reasons, experiments, ref gated);
        }

        if (roi >= 1 && !e.Declining && !e.Dear)
        {
            reasons.Add("Its return is more than twice its cost and it is not falling: scale it.");
            experiments.Add("Raise its budget or time step by step and watch the cost per lead.");
            return (Recommendation.Scale, null);
        }

        if (roi >= 0)
        {
            reasons.Add(e.Dear ? "Its return covers its cost, but its leads cost several times the other networks': keep it, and add no budget until its cost per lead comes down."
                : roi >= 1 ? $"Its return is more than twice its cost, but {e.Falling}: keep it, and find out why before adding more."
                : "Its return covers its cost: keep it.");
            experiments.Add("Test one change at a time (content type, posting time) to raise its contact rate.");
            return (Recommendation.Keep, null);
        }

        experiments.Add(TestContent);
        experiments.Add("Test a landing page and call to action made for this network's visitors.");
        if (timeHeavy && t.Contacts > 0)
        {
            reasons.Add($"Staff time is {Pct((double)(t.TimeCost / t.TotalCost))} of its cost and the return does not cover it: spend less time on it. Halving its staff time saves about {Money(halfTime, currency)} a month.");
            experiments.Add("Batch and schedule its posts; reuse content made for the other networks.");
            return (Recommendation.ReduceTime, halfTime);
        }

        if (e.Declining && !goalOnTrack && (e.Dear || (roi < -0.5m && e.Lower)))
        {
            var why = e.Dear ? "its leads cost several times the other networks'" : "it costs more than twice what it returns and its contact rate is really lower than the rest's";
            return CutUnlessUntried(facts, $"Its return does not cover its cost, {why}, {e.Falling}, and no goal is on track", monthly, halfTime, currency, reasons, experiments, ref gated);
        }

        reasons.Add(e.Dear
            ? "Its return does not cover its cost and its leads cost several times the other networks': move budget to the cheaper networks, and experiment before deciding."
            : "Its return does not cover its cost: experiment before deciding.");
        return (Recommendation.Optimize, null);
    }
}
