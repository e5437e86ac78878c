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
    /// The fee's cost on <paramref name="day"/> for <paramref name="network"/>: a month's amount spread
    /// evenly over the month's days, times the network's share.
    /// </summary>
    public decimal DailyAmount(DateOnly day, string network)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        if (month < From || (To is { } last && month > last))
        {
            return 0;
        }

        var total = Shares.Values.Sum();
        var share = Shares.FirstOrDefault(s => string.Equals(s.Key, network, StringComparison.OrdinalIgnoreCase)).Value;
        return total <= 0 ? 0 : MonthlyAmount * share / total / DateTime.DaysInMonth(day.Year, day.Month);
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
