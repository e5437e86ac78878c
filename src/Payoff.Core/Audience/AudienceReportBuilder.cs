using System.Globalization;

namespace Payoff.Core.Audience;

/// <summary>
/// Builds the audience report from the stored rows: each audience's distribution per dimension, and for every pair of
/// audiences that share a dimension the total-variation distance between them, flagged when it is at least
/// <see cref="Threshold"/>.
/// </summary>
/// <remarks>
/// <para>An audience is one network's account's followers, visitors or viewers; pairs are compared when they differ in
/// network, account or audience (LinkedIn's followers with its page visitors as well as Facebook with Instagram).</para>
/// <para>Shares: a list with counts on every value is shared by its total (the count over the listed values' sum, to 6 decimals); a
/// list of percentages keeps them as given. A list whose shares sum below 99.5 % (a platform's top-N list) has its rest
/// compared as its catch-all value ("Other"): the people it does not list are what another platform's "Others" row
/// holds, so Instagram's top countries compare fairly with TikTok's territories and their "Others".</para>
/// <para>Total-variation distance TVD(p, q) = ½ Σᵢ |pᵢ − qᵢ| over the union of both sides' values (a value one side
/// does not list counts 0 there; values are matched by <see cref="AudienceDimensions.Key"/>; "Other" is a value like
/// any other). The largest gap a sentence names is between shares both lists give: a value missing from a list with a
/// catch-all row or an unlisted rest is "not listed" there (it may be in that rest), never "0 %". It is the largest difference in the share of people any set of values can hold: 0.25 means a quarter of
/// one audience would have to be "moved" to make it look like the other.</para>
/// <para>When both sides give counts, Pearson's chi-square test of homogeneity of the 2 × k table is added. With
/// thousands of followers it finds even small differences significant, which is why the flag is the distance, not the
/// p-value; with shares alone there are no counts to test.</para>
/// </remarks>
public static class AudienceReportBuilder
{
    /// <summary>
    /// The distance from which two audiences "differ markedly": 0.25, a quarter of one audience in values the other
    /// does not hold in the same proportion (see docs/METRICS.md for why).
    /// </summary>
    public const decimal Threshold = 0.25m;

    private const string Rest = "other";

    /// <summary>The report of <paramref name="rows"/> (as <see cref="IAudienceReader"/> returns them).</summary>
    public static AudienceReport Build(IReadOnlyList<AudienceRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var groups = rows.GroupBy(r => (r.Network, r.Account, r.Audience)).Select(g => g.Key).ToList();
        var distributions = rows
            .GroupBy(r => (r.Network, r.Account, r.Audience, r.Dimension))
            .Select(g => Distribution(Label(groups, g.Key.Network, g.Key.Account, g.Key.Audience), [.. g.OrderBy(r => r.Position)]))
            .OrderBy(d => Order(d.Dimension)).ThenBy(d => d.Dimension, StringComparer.Ordinal)
            .ToList();
        var comparisons = new List<AudienceComparison>();
        foreach (var dimension in distributions.GroupBy(d => d.Dimension))
        {
            var sides = dimension.ToList();
            var found = new List<AudienceComparison>();
            for (var i = 0; i < sides.Count; i++)
            {
                for (var j = i + 1; j < sides.Count; j++)
                {
                    found.Add(Compare(sides[i], sides[j]));
                }
            }

            comparisons.AddRange(found.OrderByDescending(c => c.Distance));
        }

        return new AudienceReport(distributions, comparisons, Threshold);
    }

    /// <summary>The total-variation distance ½ Σ |pᵢ − qᵢ| of two share maps over the union of their keys (a missing key is 0).</summary>
    public static decimal Distance(IReadOnlyDictionary<string, decimal> p, IReadOnlyDictionary<string, decimal> q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        var sum = p.Keys.Union(q.Keys).Sum(k => Math.Abs(p.GetValueOrDefault(k) - q.GetValueOrDefault(k)));
        return sum / 2;
    }

    private static AudienceDistribution Distribution(string label, List<AudienceRow> rows)
    {
        var first = rows[0];
        var counted = rows.All(r => r.Count is not null);
        var total = counted ? rows.Sum(r => r.Count!.Value) : (long?)null;
        var values = rows.Select(r => new AudienceValue(
            r.Value,
            r.Count,
            counted ? (total > 0 ? Math.Round((decimal)r.Count!.Value / total.Value, 6) : 0m) : r.Share ?? 0m,
            r.IsOther)).ToList();
        var asOf = rows.Max(r => r.AsOf);
        return new AudienceDistribution(label, first.Network, first.Account, first.Audience, first.Dimension, asOf, total, values.Sum(v => v.Share), values);
    }

    private static AudienceComparison Compare(AudienceDistribution a, AudienceDistribution b)
    {
        var p = Shares(a);
        var q = Shares(b);
        var distance = Distance(p, q);
        // The gap named is between shares both lists give: a value a top-N list leaves out may be in its rest, so its
        // share there is unknown, not 0 (the distance still counts it 0 there and the rest as the catch-all).
        var keys = p.Keys.Union(q.Keys).OrderByDescending(k => Math.Abs(p.GetValueOrDefault(k) - q.GetValueOrDefault(k))).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var gap = keys.FirstOrDefault(k => Known(a, p, k) && Known(b, q, k)) ?? keys[0];
        var value = gap == Rest && (a.Listed < 0.995m || b.Listed < 0.995m) ? "the rest (catch-all or not listed)" : Name(a, gap) ?? Name(b, gap) ?? gap;
        var (chi, df, pValue) = a.Total is not null && b.Total is not null ? ChiSquare(a, b) : (null, null, null);
        var marked = distance >= Threshold;
        decimal? ps = Known(a, p, gap) ? p.GetValueOrDefault(gap) : null;
        decimal? qs = Known(b, q, gap) ? q.GetValueOrDefault(gap) : null;
        var dimension = AudienceDimensions.Label(a.Dimension);
        var (high, highShare, low, lowShare) = (ps ?? -1) >= (qs ?? -1) ? (a.Label, ps, b.Label, qs) : (b.Label, qs, a.Label, ps);
        var shares = lowShare is { } known
            ? $"{high} {Percent(highShare!.Value, known)} vs {low} {Percent(known, highShare!.Value)}"
            : $"{high} {Percent(highShare!.Value, -1)}, not listed by {low}";
        var sentence = string.Create(
            CultureInfo.InvariantCulture,
            $"{Possessive(a.Label)} and {Possessive(b.Label)} audiences {(marked ? "differ markedly" : "are alike")} by {dimension}: total-variation distance {Shown(distance, marked)}{(marked ? " (at least " + Threshold.ToString("0.00", CultureInfo.InvariantCulture) + ")" : string.Empty)}; the largest gap is {value}: {shares}.");
        return new AudienceComparison(a.Dimension, a.Label, b.Label, Math.Round(distance, 6), marked, value, ps, qs, chi, df, pValue, sentence);
    }

    /// <summary>
    /// Whether <paramref name="d"/> gives a share of <paramref name="key"/>: it lists the value, or its list is complete
    /// (no catch-all row, no unlisted rest), so a value it does not list is truly 0.
    /// </summary>
    private static bool Known(AudienceDistribution d, Dictionary<string, decimal> shares, string key) =>
        shares.ContainsKey(key) || (d.Listed >= 0.995m && !d.Values.Any(v => v.IsOther));

    private static Dictionary<string, decimal> Shares(AudienceDistribution d)
    {
        var shares = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var v in d.Values)
        {
            var key = AudienceDimensions.Key(d.Dimension, v.Value);
            shares[key] = shares.GetValueOrDefault(key) + v.Share;
        }

        if (d.Listed < 0.995m)
        {
            shares[Rest] = shares.GetValueOrDefault(Rest) + (1 - d.Listed);
        }

        return shares;
    }

    private static (double?, int?, double?) ChiSquare(AudienceDistribution a, AudienceDistribution b)
    {
        var x = Counts(a);
        var y = Counts(b);
        var keys = x.Keys.Union(y.Keys).Where(k => x.GetValueOrDefault(k) + y.GetValueOrDefault(k) > 0).ToList();
        double n1 = x.Values.Sum(), n2 = y.Values.Sum();
        if (keys.Count < 2 || n1 <= 0 || n2 <= 0)
        {
            return (null, null, null);
        }

        var n = n1 + n2;
        var statistic = 0d;
        foreach (var k in keys)
        {
            var column = (double)(x.GetValueOrDefault(k) + y.GetValueOrDefault(k));
            double e1 = n1 * column / n, e2 = n2 * column / n;
            statistic += (Math.Pow(x.GetValueOrDefault(k) - e1, 2) / e1) + (Math.Pow(y.GetValueOrDefault(k) - e2, 2) / e2);
        }

        var df = keys.Count - 1;
        return (statistic, df, MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2d, statistic / 2));
    }

    private static Dictionary<string, long> Counts(AudienceDistribution d)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var v in d.Values)
        {
            var key = AudienceDimensions.Key(d.Dimension, v.Value);
            counts[key] = counts.GetValueOrDefault(key) + (v.Count ?? 0);
        }

        return counts;
    }

    private static string? Name(AudienceDistribution d, string key) =>
        d.Values.FirstOrDefault(v => AudienceDimensions.Key(d.Dimension, v.Value) == key)?.Value;

    private static string Label(List<(string Network, string? Account, string Audience)> groups, string network, string? account, string audience)
    {
        var same = groups.Where(g => string.Equals(g.Network, network, StringComparison.OrdinalIgnoreCase)).ToList();
        var label = network;
        if (same.Select(g => g.Account).Distinct().Count() > 1)
        {
            label += $" ({account ?? "no account"})";
        }

        if (same.Select(g => g.Audience).Distinct().Count() > 1)
        {
            label += $" {audience}";
        }

        return label;
    }

    /// <summary>The distance to 2 decimals, or to 4 where 2 would round an unflagged distance up to the threshold (0.2496 is not "0.25").</summary>
    private static string Shown(decimal distance, bool marked)
    {
        var two = Math.Round(distance, 2, MidpointRounding.AwayFromZero);
        return !marked && two >= Threshold
            ? (Math.Floor(distance * 10_000) / 10_000).ToString("0.0000", CultureInfo.InvariantCulture)
            : two.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string Possessive(string label) => label.EndsWith('s') ? label + "'" : label + "'s";

    /// <summary>A share as a whole percent ("41 %"), with one decimal when the other share would round to the same whole.</summary>
    private static string Percent(decimal share, decimal other)
    {
        var whole = Math.Round(share * 100, MidpointRounding.AwayFromZero);
        return whole == Math.Round(other * 100, MidpointRounding.AwayFromZero) && share != other
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, 1, MidpointRounding.AwayFromZero):0.0} %")
            : string.Create(CultureInfo.InvariantCulture, $"{whole:0} %");
    }

    private static int Order(string dimension)
    {
        var i = AudienceDimensions.All.ToList().IndexOf(dimension);
        return i < 0 ? int.MaxValue : i;
    }
}
