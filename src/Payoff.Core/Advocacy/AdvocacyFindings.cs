using System.Globalization;
using Payoff.Core.Money;

namespace Payoff.Core.Advocacy;

/// <summary>
/// The sentences of the advocates report (CLI, API and page print the same): who drives the most by their friends' results,
/// how the advocate with the most followers compares (seed 001: followers are not what matters), and the exchange figures.
/// Every number in a sentence is one of the report's.
/// </summary>
public static class AdvocacyFindings
{
    /// <summary>The report's sentences, most important first; empty when no advocate reached anyone.</summary>
    public static IReadOnlyList<string> Of(AdvocacyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var sentences = new List<string>();
        var active = report.Rows.Where(r => r.FriendsReached > 0).ToList();
        if (active.Count == 0)
        {
            return sentences;
        }

        var top = report.Rows[0];
        var totalRevenue = report.Rows.Sum(r => r.Revenue);
        if (top.Revenue > 0 && totalRevenue > 0)
        {
            sentences.Add(string.Create(c, $"{top.Advocate.Code}'s friends brought the most: {Count(top.Customers)} customer{(top.Customers == 1 ? string.Empty : "s")} and {Currencies.Format(top.Revenue, report.Currency)} {report.Currency} ({top.Revenue / totalRevenue:P0} of the friends' revenue) from {top.FriendsReached:N0} friend{(top.FriendsReached == 1 ? string.Empty : "s")} reached{Followers(top.Advocate)}."));
        }

        var loudest = report.Rows.Where(r => r.Advocate.Followers is not null).OrderByDescending(r => r.Advocate.Followers).ThenBy(r => r.Advocate.Code, StringComparer.Ordinal).FirstOrDefault();
        if (loudest is not null && loudest != top && report.Rows.Count > 1)
        {
            var rank = report.Rows.ToList().IndexOf(loudest) + 1;
            sentences.Add(string.Create(c, $"{loudest.Advocate.Code} has the most followers ({loudest.Advocate.Followers:N0}) but ranks {rank} of {report.Rows.Count}: {loudest.FriendsReached:N0} friend{(loudest.FriendsReached == 1 ? string.Empty : "s")} reached, {Count(loudest.Customers)} customer{(loudest.Customers == 1 ? string.Empty : "s")}, {Currencies.Format(loudest.Revenue, report.Currency)} {report.Currency}."));
        }

        var x = report.Exchange;
        if (x.K is { } k && x.InvitationsPerAdvocate is { } invites && x.Conversion.Rate is { } rate)
        {
            var what = report.Conversion switch { "lead" => "became leads", "customer" => "became customers", var name => $"completed '{name}'" };
            sentences.Add(string.Create(c, $"Exchange: {invites.Value:0.0} friends reached per advocate (95 % interval {invites.Low:0.0}–{invites.High:0.0}) × {rate:P1} of them {what} (Wilson {x.Conversion.Low:P1}–{x.Conversion.High:P1}) = K {k.Value:0.00} ({k.Low:0.00}–{k.High:0.00}) over {x.Advocates:N0} advocate{(x.Advocates == 1 ? string.Empty : "s")}; {(k.Low > 1 ? "above 1: each advocate brings more than one converted friend (the program could grow by itself if converted friends advocated too)." : k.High < 1 ? "below 1: each advocate brings less than one converted friend, so the program grows only by recruiting advocates." : "the interval spans 1: whether each advocate brings more than one converted friend is not yet known.")}"));
        }

        return sentences;
    }

    private static string Count(double value) => value == Math.Floor(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);

    private static string Followers(Advocate a) => a.Followers is { } f ? string.Create(CultureInfo.InvariantCulture, $", with {f:N0} follower{(f == 1 ? string.Empty : "s")}") : string.Empty;
}
