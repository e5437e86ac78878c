using Payoff.Core.Costs;

namespace Payoff.Import.Platforms;

/// <summary>
/// Spreads a cost reported for a period evenly over its days — amounts to the cent, counts to the
/// unit, the remainder on the last day — so the daily rows sum exactly to the file's figures.
/// </summary>
internal static class CostSpreader
{
    /// <summary>One cost per day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static List<AdCost> Spread(DateOnly first, DateOnly last, string network, string campaign, decimal amount, string currency, decimal? impressions, decimal? clicks, decimal? conversions = null)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        var dailyAmount = decimal.Floor(amount * 100 / days) / 100;
        var dailyImpressions = impressions is null ? (long?)null : (long)impressions.Value / days;
        var dailyClicks = clicks is null ? (long?)null : (long)clicks.Value / days;
        var dailyConversions = conversions is null ? (decimal?)null : decimal.Floor(conversions.Value * 100 / days) / 100;
        var costs = new List<AdCost>(days);
        for (var i = 0; i < days; i++)
        {
            var lastDay = i == days - 1;
            costs.Add(new AdCost(
                first.AddDays(i),
                network,
                campaign,
                lastDay ? amount - (dailyAmount * (days - 1)) : dailyAmount,
                currency,
                lastDay && impressions is not null ? (long)impressions.Value - (dailyImpressions!.Value * (days - 1)) : dailyImpressions,
                lastDay && clicks is not null ? (long)clicks.Value - (dailyClicks!.Value * (days - 1)) : dailyClicks,
                lastDay && conversions is not null ? conversions.Value - (dailyConversions!.Value * (days - 1)) : dailyConversions));
        }

        return costs;
    }

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
