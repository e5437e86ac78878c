using System.Globalization;
using Payoff.Application.Goals;
using Payoff.Core.Goals;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Verdict;

namespace Payoff.Application.Overview;

/// <summary>
/// "What to do now": at most <see cref="Max"/> sentences drawn from the verdict and the goals, most urgent first —
/// the overview's first lines, <c>payoff report actions</c> and <c>/api/reports/actions</c>.
/// </summary>
/// <remarks>
/// The ranking (docs/METRICS.md, "What to do now"): networks told to cut or reduce time, the largest monthly saving
/// first; networks kept whose leads cost at least <see cref="VerdictRules.DearLeadFactor"/> times the other networks'
/// (hold their budget), the dearest first; goals off track, then at risk, the nearest deadline first; networks to
/// scale, the highest ROI first (what another unit of cost returns most; without cost, the most sessions first). Other verdicts and goals on track are left to their pages. Every figure in a
/// sentence is the verdict's or the goal's own, rounded as the verdict prints it (money to the currency's minor
/// unit, rates to 0.1 %, ROI to 0.1 % without a trailing zero).
/// </remarks>
public static class NextActions
{
    /// <summary>The most lines: what fits above the overview's cards.</summary>
    public const int Max = 5;

    /// <summary>The ranked lines of <paramref name="verdict"/> and <paramref name="goals"/> (tracked at <paramref name="today"/>, the workspace's day).</summary>
    public static IReadOnlyList<NextAction> Build(VerdictReport verdict, IReadOnlyList<GoalProgress> goals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(goals);
        var currency = verdict.Currency;
        var savings = verdict.Networks
            .Where(v => v.Recommendation is Recommendation.Cut or Recommendation.ReduceTime)
            .OrderByDescending(v => v.MonthlySaving ?? -1m).ThenBy(v => v.Facts.Network, StringComparer.Ordinal)
            .Select(v => Saving(v, currency));
        var dear = verdict.Networks
            .Where(v => v.Recommendation == Recommendation.Keep && LeadCostRatio(v.Facts) >= VerdictRules.DearLeadFactor)
            .OrderByDescending(v => LeadCostRatio(v.Facts)).ThenBy(v => v.Facts.Network, StringComparer.Ordinal)
            .Select(v => Hold(v, currency));
        var behind = goals
            .Where(g => g.Status is GoalStatus.OffTrack or GoalStatus.AtRisk)
            .OrderBy(g => g.Status == GoalStatus.OffTrack ? 0 : 1).ThenBy(g => g.Goal.Deadline).ThenBy(g => g.Goal.Id)
            .Select(g => Goal(g, today));
        var scale = verdict.Networks
            .Where(v => v.Recommendation == Recommendation.Scale)
            .OrderByDescending(v => v.Facts.Totals.Roi ?? decimal.MinValue).ThenByDescending(v => v.Facts.Totals.Sessions).ThenBy(v => v.Facts.Network, StringComparer.Ordinal)
            .Select(Scale);
        return [.. savings.Concat(dear).Concat(behind).Concat(scale).Take(Max)];
    }

    /// <summary>Its cost per lead ÷ the other networks' (the verdict's "times the other networks'"), null without both.</summary>
    private static decimal? LeadCostRatio(NetworkFacts f) => f.Totals.CostPerLead is { } cpl && f.OthersCostPerLead is { } others && others > 0 ? cpl / others : null;

    private static NextAction Saving(NetworkVerdict v, string currency)
    {
        var f = v.Facts;
        var kind = VerdictLabels.Name(v.Recommendation);
        var what = v.Recommendation == Recommendation.Cut ? "cut it" : "reduce the time spent on it";
        var saves = (v.MonthlySaving is { } s && s > 0 ? $" (saves {Money(s, currency)} a month)" : string.Empty) + Untried(v);
        if (f.Totals.CostPerLead is { } cpl && f.OthersCostPerLead is { } others)
        {
            return new(kind, $"{f.Network} costs {Money(cpl, currency)} per lead against {Money(others, currency)} on the other networks: {what}{saves}.", Currencies.Round(cpl, currency), Currencies.Round(others, currency), f.Network, null, v.MonthlySaving);
        }

        if (f.Totals.Roi is { } roi && f.Social.Roi is { } social)
        {
            return new(kind, $"{f.Network} returns an ROI of {Signed(roi)} against {Signed(social)} for the social networks together: {what}{saves}.", RoundPct(roi), RoundPct(social), f.Network, null, v.MonthlySaving);
        }

        return new(kind, $"{f.Network}: {what}{saves}. {First(v)}".TrimEnd(), null, null, f.Network, null, v.MonthlySaving);
    }

    /// <summary>
    /// For a network whose cut waits for a content experiment (<see cref="NetworkVerdict.CutGated"/>): what to test first —
    /// its most promising content comparison, quoted as the content report prints it — else empty.
    /// </summary>
    private static string Untried(NetworkVerdict v) => !v.CutGated ? string.Empty
        : v.Facts.Promising is { } p ? $", and test its content before cutting it: {p.Leader} against {p.Other} first ({p.Finding.TrimEnd('.')})"
        : ", and test its content (types, labels, hashtags) before cutting it";

    private static NextAction Hold(NetworkVerdict v, string currency)
    {
        var f = v.Facts;
        var cpl = f.Totals.CostPerLead!.Value;
        var others = f.OthersCostPerLead!.Value;
        var ratio = string.Create(CultureInfo.InvariantCulture, $"{LeadCostRatio(f):0.#}");
        return new("hold-budget", $"{f.Network} costs {Money(cpl, currency)} per lead, {ratio}× the other networks' {Money(others, currency)}: add no budget until that comes down.", Currencies.Round(cpl, currency), Currencies.Round(others, currency), f.Network, null, null);
    }

    private static NextAction Goal(GoalProgress g, DateOnly today)
    {
        var days = g.Goal.Deadline.DayNumber - today.DayNumber;
        var left = days switch
        {
            <= 0 => "with the deadline today",
            1 => "with 1 day left",
            _ => string.Create(CultureInfo.InvariantCulture, $"with {days} days left"),
        };
        var chance = g.Probability is null ? string.Empty : $", a {g.Chance} chance of reaching its target";
        var way = g.Progress is { } p ? $"{Pct(p)} of the way" : "no progress to measure yet";
        var sentence = $"Goal '{g.Goal.Name}' is {GoalStatusLabels.Label(g.Status).ToLowerInvariant()}: {way} {left}{chance}.";
        return new($"goal-{GoalsReportJson.Status(g.Status)}", sentence, g.Progress is { } q ? RoundPct(q) : null, null, null, g.Goal.Id, null);
    }

    private static NextAction Scale(NetworkVerdict v)
    {
        var f = v.Facts;
        var rest = f.Rest;
        var (what, rate, other) = v.Role switch
        {
            NetworkRole.Converter => ("leads into customers", Rate(f.Totals.Customers, f.Totals.Contacts), Rate(rest.Customers, rest.Contacts)),
            NetworkRole.LeadGenerator => ("visits into leads", Rate(f.Totals.Contacts, f.Totals.Sessions), Rate(rest.Contacts, rest.Sessions)),
            _ => (string.Empty, null, null),
        };
        if (rate is { } r && other is { } o && o > 0)
        {
            var times = string.Create(CultureInfo.InvariantCulture, $"{RoundPct(r) / RoundPct(o):0.#}");
            return new("scale", $"{f.Network} turns {Pct(r)} of {what}, {times}× the rest's {Pct(o)}: scale it.", RoundPct(r), RoundPct(o), f.Network, null, null);
        }

        if (f.Totals.Roi is { } roi)
        {
            var against = f.Social.Roi is { } social ? $" (the social networks together: {Signed(social)})" : string.Empty;
            return new("scale", $"{f.Network} returns an ROI of {Signed(roi)}{against} and is not falling: scale it.", RoundPct(roi), f.Social.Roi is { } s ? RoundPct(s) : null, f.Network, null, null);
        }

        return new("scale", $"{f.Network}: scale it. {First(v)}".TrimEnd(), null, null, f.Network, null, null);
    }

    private static string First(NetworkVerdict v) => v.Reasons.Count > 0 ? v.Reasons[0] : string.Empty;

    private static decimal? Rate(long part, long whole) => whole <= 0 || part > whole ? null : (decimal)part / whole;

    /// <summary>A rate as the verdict prints it: 0.1 % (0.1123 → "11.2%").</summary>
    private static string Pct(decimal fraction) => RoundPct(fraction).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>An ROI as the verdict prints it: signed, 0.1 % without a trailing zero (13.039 → "+1303.9%", 56.77 → "+5677%").</summary>
    private static string Signed(decimal fraction) => RoundPct(fraction).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction in percent, rounded to one decimal half away from zero (0.1123 → 11.2).</summary>
    private static decimal RoundPct(decimal fraction) => Math.Round(fraction * 100, 1, MidpointRounding.AwayFromZero);

    private static string Money(decimal amount, string currency) => $"{Currencies.Format(amount, currency)} {currency}";
}
