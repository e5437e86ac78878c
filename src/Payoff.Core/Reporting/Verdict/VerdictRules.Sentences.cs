using System.Globalization;
using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

public static partial class VerdictRules
{
    private static string Shares(NetworkFacts facts)
    {
        var t = facts.Totals;
        var reach = facts.ReachShare is { } r
            ? $", {Pct(r)} of social reach"
            : "; reach — (no reach imported for it: import its account export with payoff import auto FILE to see it)";
        var w = facts.Workspace;
        return $"{Share("sessions", t.Sessions, w.Sessions, "import events with payoff import events FILE")}, {Share("contacts", t.Contacts, w.Contacts, "import leads or contacts with payoff import auto FILE")}, {Share("customers", t.Customers, w.Customers, "import customers or deals from your CRM with payoff import auto FILE")}{reach}.";
    }

    /// <summary>A share of the workspace's total over the judged months, or "—" with what to import when the workspace has none in them: 0 % of nothing is no figure.</summary>
    private static string Share(string what, long own, long total, string import) =>
        total == 0
            ? $"{what} — (none recorded in the workspace over these months; if some are missing, {import})"
            : string.Create(CultureInfo.InvariantCulture, $"{Pct((double)own / total)} of {what} ({own:N0})");

    private static string TrendSentence(NetworkFacts facts, Evidence e)
    {
        if (facts.FirstDay is not { } first)
        {
            return "No visits or contacts recorded for it yet, so no trend.";
        }

        if (facts.Months.Count < 2)
        {
            return $"One month ({Name(facts.Months[0].Month)}) is too short to show a trend: judge two months or more to see one.";
        }

        var partial = facts.Months.FirstOrDefault(m => m.Partial);
        if (facts.CoveredMonths < 2)
        {
            var whole = facts.CoveredMonths == 0 ? "none of the judged months has data from its first day" : $"only {Covered(facts)} of the judged months has data from its first day";
            return string.Create(CultureInfo.InvariantCulture, $"Too new to show a trend: its data starts on {first:yyyy-MM-dd}, so {whole}.");
        }

        var months = string.Join(" → ", facts.Months.Select(m => m.Covered ? m.Sessions.ToString("N0", CultureInfo.InvariantCulture) : "—"));
        var start = partial is not null
            ? string.Create(CultureInfo.InvariantCulture, $"; data starts on {first:yyyy-MM-dd}, so {Name(partial.Month)} is partial and left out")
            : facts.Months.Any(m => !m.Covered)
            ? string.Create(CultureInfo.InvariantCulture, $"; no data before {first:yyyy-MM-dd}")
            : string.Empty;
        var steady = e.Sessions?.Direction is null or TrendDirection.Steady ? "," : string.Empty;
        return $"Sessions {Direction(e.Sessions)}{steady} over {facts.Weeks.Count} covered weeks ({months} a month{start}); contacts {Direction(e.Contacts)}.";
    }

    private static string Name(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Covered(NetworkFacts facts) =>
        string.Join(", ", facts.Months.Where(m => m.Covered).Select(m => m.Month.ToString("MMMM", CultureInfo.InvariantCulture)));

    /// <summary>The trend in words: a rise or fall only when the test says so, with the monthly change and its interval.</summary>
    private static string Direction(CountTrend? trend)
    {
        if (trend is null || trend.Direction == TrendDirection.Steady)
        {
            return "held steady, or were too few to tell";
        }

        var change = trend.ChangeOver(NetworkVerdict.WeeksPerMonth);
        var (low, high) = trend.IntervalOver(NetworkVerdict.WeeksPerMonth);
        return trend.Direction == TrendDirection.Rising
            ? string.Create(CultureInfo.InvariantCulture, $"rose about {change:+0%} a month (95 % CI {low:+0%} to {high:+0%})")
            : string.Create(CultureInfo.InvariantCulture, $"fell about {-change:0%} a month (95 % CI {-high:0%} to {-low:0%})");
    }

    private static IEnumerable<string> CostSentences(NetworkFacts facts, Evidence e, string currency)
    {
        var t = facts.Totals;
        if (t.TotalCost > 0)
        {
            var parts = new List<string>();
            if (t.AdSpend != 0)
            {
                parts.Add($"ads {Money(t.AdSpend, currency)}");
            }

            if (t.TimeHours != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"staff time {Money(t.TimeCost, currency)} for {t.TimeHours:0.#} h"));
            }

            if (t.OtherCost - t.RewardCost != 0)
            {
                parts.Add($"fees {Money(t.OtherCost - t.RewardCost, currency)}");
            }

            if (t.RewardCost != 0)
            {
                parts.Add($"referral rewards {Money(t.RewardCost, currency)}");
            }

            var returns = new[] { ("revenue", t.Revenue), ("value", t.Value) }.Where(p => p.Item2 != 0).Select(p => $"{p.Item1} {Money(p.Item2, currency)}").ToList();
            var returned = t.Return > 0 ? $"returned {Money(t.Return, currency)} ({string.Join(", ", returns)})" : "returned nothing recorded";
            var lead = t.CostPerLead is { } cpl ? $"cost per lead {Money(cpl, currency)}" : "cost per lead — (no contacts yet)";
            yield return $"It cost {Money(t.TotalCost, currency)} ({string.Join(", ", parts)}) and {returned}: ROI {Pct(t.Roi)}, {lead}.";
            if (e.Dear)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"Its leads cost {Money(t.CostPerLead!.Value, currency)} each, {e.LeadCostRatio:0.#} times the other networks' {Money(facts.OthersCostPerLead!.Value, currency)}: far dearer.");
            }
        }
        else if (t.Return > 0)
        {
            var perVisit = t.ValuePerVisit is { } v ? $" ({Money(v, currency)} per visit)" : string.Empty;
            yield return $"No costs recorded (ROI —, cost per lead —); it returned {Money(t.Return, currency)}{perVisit}. Log its time (payoff time log) and import its ad spend (payoff import auto FILE) to see them.";
        }
        else
        {
            yield return "No costs, revenue or value recorded (ROI —, cost per lead —): log its time (payoff time log) and import its ad spend (payoff import auto FILE) to see them.";
        }
    }

    private static string Interval(WilsonInterval i) => VerdictText.Interval(i);

    private static string Pct(double value) => VerdictText.Pct(value);

    private static string Pct(decimal? value) => VerdictText.Pct(value);

    private static string Money(decimal value, string currency) => VerdictText.Money(value, currency);
}
