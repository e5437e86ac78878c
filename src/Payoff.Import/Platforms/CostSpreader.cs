using Payoff.Core.Costs;
using Payoff.Core.Money;

namespace Payoff.Import.Platforms;

/// <summary>
/// Spreads a cost reported for a period evenly over its days — amounts in whole minor units of their
/// currency (cents, whole yen; see <see cref="Currencies"/>), counts in units, conversions in
/// hundredths, the units left over on the last days — so the daily rows sum exactly to the file's figures.
/// </summary>
internal static class CostSpreader
{
    /// <summary>One cost per day from <paramref name="first"/> to <paramref name="last"/>: 1000 JPY over three days is 333, 333 and 334.</summary>
    public static List<AdCost> Spread(DateOnly first, DateOnly last, string network, string campaign, decimal amount, string currency, decimal? impressions, decimal? clicks, decimal? conversions = null)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        var amounts = Currencies.Split(amount, currency, days);
        var shown = Counts(impressions, days);
        var clicked = Counts(clicks, days);
        var converted = conversions is null ? null : Currencies.Split(conversions.Value, 2, Enumerable.Repeat(1m, days).ToList());
        var costs = new List<AdCost>(days);
        for (var i = 0; i < days; i++)
        {
            costs.Add(new AdCost(first.AddDays(i), network, campaign, amounts[i], currency, (long?)shown?[i], (long?)clicked?[i], converted?[i] / 1.0000000000000000000000000000m));
        }

        return costs;
    }

    private static IReadOnlyList<decimal>? Counts(decimal? total, int days) =>
        total is null ? null : Currencies.Split(decimal.Truncate(total.Value), 0, Enumerable.Repeat(1m, days).ToList());

    /// <summary>
    /// Adds up the costs of the same day, network, campaign and currency (X Ads and Campaign Manager
    /// write a row per post or creative), keeping the first one's place; a count is null only when it
    /// is null in every row.
    /// </summary>
    public static IEnumerable<AdCost> Sum(IEnumerable<AdCost> costs)
    {
        var sums = new Dictionary<(DateOnly, string, string?, string), AdCost>();
        foreach (var c in costs)
        {
            var key = (c.Date, c.Network, c.Campaign, c.Currency);
            sums[key] = sums.TryGetValue(key, out var sum)
                ? sum with { Amount = sum.Amount + c.Amount, Impressions = Add(sum.Impressions, c.Impressions), Clicks = Add(sum.Clicks, c.Clicks), Conversions = Add(sum.Conversions, c.Conversions) }
                : c;
        }

        return sums.Values;

        static T? Add<T>(T? a, T? b)
            where T : struct, System.Numerics.IAdditionOperators<T, T, T> =>
            a is null ? b : b is null ? a : a.Value + b.Value;
    }
}
