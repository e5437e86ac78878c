using Payoff.Core.Ledger;

namespace Payoff.Core.Goals;

/// <summary>
/// A metric's daily numbers in a scope, read from a <see cref="Ledger.Ledger"/>: for a flow the day's
/// amount, for a ratio the day's numerator and denominator, for a level the day's value where the data
/// has one (carried forward to later days).
/// </summary>
public sealed class MetricSeries
{
    private readonly double[] numerator;
    private readonly double[] denominator;
    private readonly bool[] known;

    private MetricSeries(GoalMetric metric, DateOnly from, double[] numerator, double[] denominator, bool[] known, string? missing)
    {
        Metric = metric;
        From = from;
        this.numerator = numerator;
        this.denominator = denominator;
        this.known = known;
        Missing = missing;
    }

    /// <summary>The metric.</summary>
    public GoalMetric Metric { get; }

    /// <summary>The first day.</summary>
    public DateOnly From { get; }

    /// <summary>The last day.</summary>
    public DateOnly To => From.AddDays(numerator.Length - 1);

    /// <summary>Why the scope has no data for the metric (null when it has some).</summary>
    public string? Missing { get; }

    /// <summary>Whether any day has data.</summary>
    public bool HasData => Missing is null && known.Any(k => k);

    /// <summary>The first day with data, or null.</summary>
    public DateOnly? FirstDataDay => Array.IndexOf(known, true) is var i and >= 0 ? From.AddDays(i) : null;

    /// <summary>
    /// The series of <paramref name="metric"/> in <paramref name="scope"/> over the ledger's range. With
    /// <paramref name="anchor"/> (a known follower count on a day — a goal's given baseline at its start),
    /// followers without daily counts in the data are rebuilt from the daily new followers less unfollows.
    /// </summary>
    public static MetricSeries Of(Ledger.Ledger ledger, GoalMetric metric, GoalScope scope, (DateOnly Day, double Value)? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(scope);
        var days = ledger.Range.Days;
        var num = new double[days];
        var den = new double[days];
        var known = new bool[days];
        var from = ledger.Range.From;
        string? missing = null;
        if (metric.Name is "response-time" or "response-rate" or "negative-mention-share")
        {
            missing = scope.Campaign is not null || scope.Label is not null ? "Conversations have no campaigns or labels; scope the goal by network only." : null;
            FillSocial(ledger, metric, scope, num, den, known, from, anchor);
            missing ??= known.Any(k => k) ? null : $"No conversations for {metric.Name} in {scope}: import comments, mentions and messages (payoff import conversations, docs/IMPORT.md).";
        }
        else if (metric.Name == "followers" || metric.Name == "engagement-rate" || GoalMetrics.SocialFlows.ContainsKey(metric.Name))
        {
            missing = scope.Campaign is not null ? "Account metrics have no campaigns; drop --campaign or pick a web metric." : null;
            FillSocial(ledger, metric, scope, num, den, known, from, anchor);
            missing ??= known.Any(k => k) ? null : metric.Name == "mentions"
                ? $"No mentions in {scope}: import comments and mentions (payoff import conversations, or a listening tool's export) or the platform's daily export (docs/IMPORT.md)."
                : $"No daily account data for {metric.Name} in {scope}: import the platform's daily export (docs/IMPORT.md).";
        }
        else
        {
            missing = scope.Label is not null ? "Labels name social accounts; web metrics are scoped by network and campaign." : null;
            foreach (var e in ledger.Entries.Where(e => Matches(e, scope)))
            {
                var i = e.Day.DayNumber - from.DayNumber;
                var (n, d) = Web(metric.Name, e);
                num[i] += (double)n;
                den[i] += (double)d;
                known[i] |= n != 0 || d != 0;
            }

            missing ??= known.Any(k => k) ? null : $"No {metric.Name} data in {scope} yet.";
        }

        return new MetricSeries(metric, from, num, den, known, missing);
    }

    /// <summary>The level at <paramref name="day"/>: the last known value on or before it (levels), or null.</summary>
    public double? LevelAt(DateOnly day)
    {
        for (var i = Math.Min(day.DayNumber - From.DayNumber, numerator.Length - 1); i >= 0; i--)
        {
            if (known[i])
            {
                return numerator[i];
            }
        }

        return null;
    }

    /// <summary>The metric's value over <paramref name="from"/>..<paramref name="to"/>: a flow's sum, a ratio of sums (null with a zero denominator), a level at <paramref name="to"/>.</summary>
    public double? Value(DateOnly from, DateOnly to)
    {
        if (Metric.Kind == MetricKind.Level)
        {
            return LevelAt(to);
        }

        var (n, d) = Sums(from, to);
        return Metric.Kind == MetricKind.Flow ? n : d == 0 ? null : n / d;
    }

    /// <summary>The sums of numerator and denominator over the days (clipped to the series).</summary>
    public (double Numerator, double Denominator) Sums(DateOnly from, DateOnly to)
    {
        double n = 0, d = 0;
        for (var day = from < From ? From : from; day <= to && day <= To; day = day.AddDays(1))
        {
            n += numerator[day.DayNumber - From.DayNumber];
            d += denominator[day.DayNumber - From.DayNumber];
        }

        return (n, d);
    }

    /// <summary>Each day's amount (flows), ratio (ratios, NaN without a denominator) or carried-forward level (levels, NaN before the first), over the days.</summary>
    public double[] Daily(DateOnly from, DateOnly to)
    {
        var result = new List<double>();
        double? level = LevelAt(from.AddDays(-1));
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var i = day.DayNumber - From.DayNumber;
            var inside = i >= 0 && i < numerator.Length;
            switch (Metric.Kind)
            {
                case MetricKind.Level:
                    if (inside && known[i])
                    {
                        level = numerator[i];
                    }

                    result.Add(level ?? double.NaN);
                    break;
                case MetricKind.Flow:
                    result.Add(inside ? numerator[i] : 0);
                    break;
                default:
                    result.Add(inside && denominator[i] != 0 ? numerator[i] / denominator[i] : double.NaN);
                    break;
            }
        }

        return [.. result];
    }

    private static bool Matches(LedgerEntry e, GoalScope scope) =>
        (scope.Network is null || string.Equals(e.Network, scope.Network, StringComparison.OrdinalIgnoreCase))
        && (scope.Campaign is null || string.Equals(e.Campaign, scope.Campaign, StringComparison.OrdinalIgnoreCase));

    private static (decimal Numerator, decimal Denominator) Web(string metric, LedgerEntry e)
    {
        var cost = e.Totals.TotalCost;
        return metric switch
        {
            "sessions" => (e.Totals.Sessions, 0),
            "contacts" => (e.Totals.Contacts, 0),
            "customers" => (e.Totals.Customers, 0),
            "revenue" => (e.Totals.Revenue, 0),
            "value" => (e.Totals.Value, 0),
            "ad-spend" => (e.Totals.AdSpend, 0),
            "time-hours" => (e.Totals.TimeHours, 0),
            "cost" => (cost, 0),
            "contact-rate" => (e.Totals.Contacts, e.Totals.Sessions),
            "customer-rate" => (e.Totals.Customers, e.Totals.Sessions),
            "cost-per-lead" => (cost, e.Totals.Contacts),
            "cost-per-customer" => (cost, e.Totals.Customers),
            "roi" => (e.Totals.Revenue + e.Totals.Value - cost, cost),
            "roas" => (e.Totals.Revenue, e.Totals.AdSpend),
            _ => (0, 0),
        };
    }

    private static void FillSocial(Ledger.Ledger ledger, GoalMetric metric, GoalScope scope, double[] num, double[] den, bool[] known, DateOnly from, (DateOnly Day, double Value)? anchor)
    {
        var rows = ledger.Social.Where(s =>
            (scope.Network is null || string.Equals(s.Network, scope.Network, StringComparison.OrdinalIgnoreCase))
            && (scope.Label is null || string.Equals(s.Account, scope.Label, StringComparison.OrdinalIgnoreCase))).ToList();
        var present = rows.Select(r => r.Metric).ToHashSet(StringComparer.Ordinal);

        void Add(double[] target, string canonical)
        {
            foreach (var r in rows.Where(r => r.Metric == canonical))
            {
                var i = r.Day.DayNumber - from.DayNumber;
                target[i] += (double)r.Value;
                known[i] = true;
            }
        }

        void Engagements(double[] target)
        {
            if (present.Contains("engagements"))
            {
                Add(target, "engagements");
                return;
            }

            foreach (var part in new[] { "likes", "comments", "shares", "saves" })
            {
                Add(target, part);
            }
        }

        switch (metric.Name)
        {
            case "followers" when present.Contains("followers") || anchor is null || !present.Contains("new_followers"):
                Add(num, "followers");
                break;
            case "followers":
                Rebuild(rows, num, known, from, anchor!.Value);
                break;
            case "engagements":
                Engagements(num);
                break;
            case "engagement-rate":
                Engagements(num);
                Array.Clear(known);
                Add(den, present.Contains("views") ? "views" : present.Contains("impressions") ? "impressions" : "reach");
                break;
            case "response-time":
                Add(num, "response_minutes");
                Add(den, "responses");
                break;
            case "response-rate":
                Add(num, "responses_in_target");
                Add(den, "requests");
                break;
            case "negative-mention-share":
                Add(num, "negative_mentions");
                Add(den, "scored_mentions");
                break;
            default:
                Add(num, GoalMetrics.SocialFlows[metric.Name]);
                break;
        }
    }

    /// <summary>Followers from daily new followers less unfollows, anchored at a known count.</summary>
    private static void Rebuild(List<SocialDay> rows, double[] level, bool[] known, DateOnly from, (DateOnly Day, double Value) anchor)
    {
        var change = new double[level.Length];
        foreach (var r in rows.Where(r => r.Metric is "new_followers" or "unfollows"))
        {
            change[r.Day.DayNumber - from.DayNumber] += r.Metric == "new_followers" ? (double)r.Value : -(double)r.Value;
        }

        var first = rows.Where(r => r.Metric == "new_followers").Min(r => r.Day).DayNumber - from.DayNumber;
        var a = Math.Clamp(anchor.Day.DayNumber - from.DayNumber, 0, level.Length - 1);
        level[a] = anchor.Value;
        for (var i = a + 1; i < level.Length; i++)
        {
            level[i] = level[i - 1] + change[i];
        }

        for (var i = a - 1; i >= 0; i--)
        {
            level[i] = level[i + 1] - change[i + 1];
        }

        for (var i = Math.Max(0, Math.Min(first, a)); i < level.Length; i++)
        {
            known[i] = true;
        }
    }
}
