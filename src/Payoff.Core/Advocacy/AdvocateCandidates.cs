using System.Globalization;
using Payoff.Core.Money;

namespace Payoff.Core.Advocacy;

/// <summary>What Payoff knows of one customer, for <see cref="AdvocateCandidates"/>.</summary>
/// <param name="ContactId">The contact id.</param>
/// <param name="CustomerAt">When they first bought.</param>
/// <param name="Purchases">How many purchases (revenue rows) they made.</param>
/// <param name="Revenue">Their revenue per currency (ISO 4217).</param>
/// <param name="LastPurchaseAt">Their latest purchase, or null when only the CRM's customer date is known.</param>
/// <param name="RecentSessions">Their sessions on the website in the 90 days before the report's day.</param>
/// <param name="IsAdvocate">Whether they already are an advocate.</param>
public sealed record CandidateFacts(string ContactId, DateTimeOffset CustomerAt, int Purchases, IReadOnlyDictionary<string, decimal> Revenue, DateTimeOffset? LastPurchaseAt, int RecentSessions, bool IsAdvocate);

/// <summary>A customer scored as a likely advocate, with the reasons for the score.</summary>
/// <param name="Facts">What the score is computed from.</param>
/// <param name="Revenue">Their revenue in the workspace currency.</param>
/// <param name="Score">0 to 100: the weighted mean of the customer's percentile ranks among all customers (see <see cref="AdvocateCandidates"/>).</param>
/// <param name="Reasons">The factors that lift the score most, each with its number.</param>
public sealed record AdvocateCandidate(CandidateFacts Facts, decimal Revenue, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Scores customers as likely advocates (issue 19, seed 001: start targeting from the CRM, not from the social network —
/// the loyal customer whose friends act on the advice). The score is an RFM-style ranking (Hughes 1994, "Strategic
/// Database Marketing") extended with tenure and engagement: each customer's percentile rank among the workspace's
/// customers on recency of the last purchase (weight 0.25), number of purchases (0.25), revenue (0.20), sessions on the
/// website in the last 90 days (0.20) and time as a customer (0.10), times 100. Follower counts play no part. Existing
/// advocates are left out. Conversations are not joined: their authors are pseudonymised, not contacts.
/// </summary>
public static class AdvocateCandidates
{
    /// <summary>The weights: recency, frequency, revenue, engagement, tenure (they sum to 1).</summary>
    public static readonly (string Factor, double Weight)[] Weights = [("recency", 0.25), ("purchases", 0.25), ("revenue", 0.20), ("visits", 0.20), ("tenure", 0.10)];

    /// <summary>Scores <paramref name="customers"/> as of <paramref name="asOf"/>, best first (ties by contact id).</summary>
    /// <param name="customers">Every customer of the workspace.</param>
    /// <param name="asOf">The moment recency and tenure are measured to.</param>
    /// <param name="converter">Converts revenue to the workspace currency (what it cannot convert is left out).</param>
    public static IReadOnlyList<AdvocateCandidate> Score(IReadOnlyList<CandidateFacts> customers, DateTimeOffset asOf, CurrencyConverter converter)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(converter);
        var day = DateOnly.FromDateTime(asOf.UtcDateTime);
        var revenue = customers.ToDictionary(
            c => c.ContactId,
            c => c.Revenue.Sum(r => converter.Convert(r.Value, r.Key, day) ?? 0),
            StringComparer.Ordinal);
        double DaysSince(DateTimeOffset? t) => t is { } v ? Math.Max(0, (asOf - v).TotalDays) : double.MaxValue;
        var factors = new Dictionary<string, Func<CandidateFacts, double>>(StringComparer.Ordinal)
        {
            ["recency"] = c => -DaysSince(c.LastPurchaseAt ?? c.CustomerAt),
            ["purchases"] = c => c.Purchases,
            ["revenue"] = c => (double)revenue[c.ContactId],
            ["visits"] = c => c.RecentSessions,
            ["tenure"] = c => DaysSince(c.CustomerAt),
        };
        var ranks = factors.ToDictionary(f => f.Key, f => PercentileRanks(customers, f.Value), StringComparer.Ordinal);
        var c = CultureInfo.InvariantCulture;
        return [.. customers.Where(x => !x.IsAdvocate).Select(x =>
        {
            var parts = Weights.Select(w => (w.Factor, w.Weight, Rank: ranks[w.Factor][x.ContactId])).ToList();
            var score = Math.Round(parts.Sum(p => p.Weight * p.Rank) * 100, 1);
            var reasons = parts.Where(p => p.Rank > 0.5).OrderByDescending(p => p.Weight * p.Rank).ThenBy(p => p.Factor, StringComparer.Ordinal).Take(3).Select(p => p.Factor switch
            {
                "recency" => Math.Floor(DaysSince(x.LastPurchaseAt ?? x.CustomerAt)) is var d && d < 1 ? $"bought today ({Top(p.Rank)})" : string.Create(c, $"bought {d:0} day{(d == 1 ? string.Empty : "s")} ago ({Top(p.Rank)})"),
                "purchases" => string.Create(c, $"{x.Purchases} purchase{(x.Purchases == 1 ? string.Empty : "s")} ({Top(p.Rank)})"),
                "revenue" => string.Create(c, $"revenue {Currencies.Format(revenue[x.ContactId], converter.WorkspaceCurrency)} {converter.WorkspaceCurrency} ({Top(p.Rank)})"),
                "visits" => string.Create(c, $"{x.RecentSessions} visit{(x.RecentSessions == 1 ? string.Empty : "s")} in the last 90 days ({Top(p.Rank)})"),
                _ => string.Create(c, $"customer since {x.CustomerAt:yyyy-MM-dd} ({Top(p.Rank)})"),
            }).ToList();
            return new AdvocateCandidate(x, revenue[x.ContactId], score, reasons);
        }).OrderByDescending(a => a.Score).ThenBy(a => a.Facts.ContactId, StringComparer.Ordinal)];
    }

    // "top 10 %" for a percentile rank of 0.9 or more.
    private static string Top(double rank) => string.Create(CultureInfo.InvariantCulture, $"top {Math.Max(1, Math.Ceiling((1 - rank) * 100)):0} %");

    /// <summary>Each customer's mid-rank percentile (ties share the mean rank) on <paramref name="value"/>, 0 to 1; 1 for the only customer.</summary>
    private static Dictionary<string, double> PercentileRanks(IReadOnlyList<CandidateFacts> customers, Func<CandidateFacts, double> value)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var n = customers.Count;
        if (n == 1)
        {
            result[customers[0].ContactId] = 1;
            return result;
        }

        var sorted = customers.Select(c => (c.ContactId, Value: value(c))).OrderBy(v => v.Value).ToList();
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && sorted[j + 1].Value == sorted[i].Value)
            {
                j++;
            }

            var rank = ((i + j) / 2.0) / (n - 1);
            for (var k = i; k <= j; k++)
            {
                result[sorted[k].ContactId] = rank;
            }

            i = j + 1;
        }

        return result;
    }
}
