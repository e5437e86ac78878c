using Payoff.Core.Money;

namespace Payoff.Core.Costs;

/// <summary>A fixed monthly cost (a scheduling tool, an agency retainer) allocated to networks by shares.</summary>
/// <param name="Id">The fee's id (0 before it is stored).</param>
/// <param name="Name">What it is.</param>
/// <param name="MonthlyAmount">The amount per month.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="Shares">Network → share of the fee; shares are normalised to sum to 1.</param>
/// <param name="From">The first month (its first day).</param>
/// <param name="To">The last month (its first day), or null while it runs.</param>
public sealed record Fee(long Id, string Name, decimal MonthlyAmount, string Currency, IReadOnlyDictionary<string, decimal> Shares, DateOnly From, DateOnly? To = null)
{
    /// <summary>
    /// The fee's cost on <paramref name="day"/> for <paramref name="network"/>, in <see cref="Currency"/>:
    /// the month's amount split by the shares, then evenly over the month's days, each split in whole
    /// minor units of the currency (largest remainder, see <see cref="Currencies"/>), so a month's days
    /// add up exactly to the network's share and the shares to the monthly amount. Zero outside the
    /// fee's months and for a network without a share.
    /// </summary>
    public decimal DailyAmount(DateOnly day, string network) => DailyAmounts(new DateOnly(day.Year, day.Month, 1), network) is { Count: > 0 } daily ? daily[day.Day - 1] : 0;

    /// <summary>
    /// The fee's cost on each day of <paramref name="month"/> (its first day) for <paramref name="network"/>, in
    /// <see cref="Currency"/>, the first day first: <see cref="DailyAmount"/> of each day, split once for the month.
    /// Empty outside the fee's months and for a network without a share.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not the first day of a month.</exception>
    public IReadOnlyList<decimal> DailyAmounts(DateOnly month, string network)
    {
        if (month.Day != 1)
        {
            throw new ArgumentException($"A month is given by its first day, not {month:yyyy-MM-dd}.", nameof(month));
        }

        if (month < From || (To is { } last && month > last))
        {
            return [];
        }

        var networks = Shares.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
        var index = networks.FindIndex(n => string.Equals(n, network, StringComparison.OrdinalIgnoreCase));
        if (index < 0 || Shares.Values.Sum() <= 0)
        {
            return [];
        }

        var monthShare = Currencies.Split(MonthlyAmount, Currencies.Decimals(Currency), [.. networks.Select(n => Shares[n])])[index];
        return Currencies.Split(monthShare, Currency, DateTime.DaysInMonth(month.Year, month.Month));
    }

    /// <summary>The shares as stored: <c>Facebook=1;LinkedIn=2</c>.</summary>
    public string SharesText => string.Join(';', Shares.Select(s => $"{s.Key}={s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    /// <summary>Reads <c>Facebook=1;LinkedIn=2</c> or <c>Facebook,LinkedIn</c> (equal shares).</summary>
    public static IReadOnlyDictionary<string, decimal>? ParseShares(string? text)
    {
        var shares = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (text ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var share = 1m;
            if (pair[0].Length == 0 || (pair.Length == 2 && (!decimal.TryParse(pair[1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out share) || share <= 0)))
            {
                return null;
            }

            shares[pair[0]] = share;
        }

        return shares.Count == 0 ? null : shares;
    }
}
