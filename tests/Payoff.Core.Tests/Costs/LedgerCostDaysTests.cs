using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Costs;

/// <summary>
/// <see cref="Core.Ledger.Ledger.Build"/> works out each fee's month and each recurrence's price once (issue 16); its
/// staff time and fees must still be, to the decimal's scale, what pricing every day on its own gives.
/// </summary>
public sealed class LedgerCostDaysTests
{
    private static readonly string[] Networks = ["Facebook", "LinkedIn", "Instagram"];
    private static readonly string[] Patterns = ["weekdays", "daily", "weekends", "mon,wed", "sun"];

    [Fact]
    public void Staff_time_and_fees_equal_a_day_by_day_pricing_over_random_fees_recurrences_rates_and_month_boundaries()
    {
        var (fees, paid, warned) = (0, 0, 0);
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var workspaceCurrency = random.Next(3) == 0 ? "JPY" : "USD";

            // Ranges start near the ends of months, leap Februaries and the days clocks change in Europe and America
            // (the ledger's days are already local, so a zone's DST must leave nothing to shift).
            DateOnly[] starts = [new(2024, 2, 27), new(2024, 3, 30), new(2025, 10, 25), new(2025, 3, 8), new(2023, 12, 31), new(2025, 1, 31)];
            var from = starts[random.Next(starts.Length)].AddDays(random.Next(-40, 40));
            var range = new DateRange(from, from.AddDays(random.Next(0, 150)));
            var data = RandomData(random, range, workspaceCurrency);

            var built = Core.Ledger.Ledger.Build(data, workspaceCurrency, range);

            var (expected, warnings) = DayByDay(data, workspaceCurrency, range);
            Assert.True(expected == Render(built.Entries), $"seed {seed}");
            Assert.True(warnings.SetEquals(built.Warnings), $"seed {seed}: {string.Join(" | ", built.Warnings)}");
            fees += built.Entries.Count(e => e.Totals.OtherCost != 0);
            paid += built.Entries.Count(e => e.Totals.TimeCost != 0);
            warned += built.Warnings.Count;
        }

        Assert.True(fees > 1000 && paid > 1000 && warned > 100, $"{fees} fee days, {paid} paid time days, {warned} warnings");
    }

    internal static LedgerData RandomData(Random random, DateRange range, string workspaceCurrency)
    {
        string Currency() => new[] { workspaceCurrency, "EUR", "GBP", "JPY", "USD" }[random.Next(5)];
        decimal Amount(int max) => Math.Round((decimal)random.NextDouble() * max, random.Next(0, 5));
        DateOnly Around(int days) => range.From.AddDays(random.Next(-days, days + (range.Days)));
        DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

        var currencyRates = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => new CurrencyRate("EUR", Around(60), Math.Round(0.5m + (decimal)random.NextDouble(), random.Next(1, 9))))
            .DistinctBy(r => r.From).ToList();
        if (random.Next(2) == 0)
        {
            currencyRates.Add(new CurrencyRate("JPY", range.From, 0.0067m));
            currencyRates.Add(new CurrencyRate("USD", range.From, 150.25m));
        }

        var people = new[] { string.Empty, "Ann", "Bo" };
        var rates = people.Where(_ => random.Next(3) > 0).Select(p => new HourlyRate(p, Amount(90), Currency())).ToList();
        var time = Enumerable.Range(0, random.Next(0, 6))
            .Select(i => new TimeEntry(i, Networks[random.Next(Networks.Length)], people[random.Next(people.Length)], Around(10), random.Next(1, 600)))
            .ToList();
        var recurrences = Enumerable.Range(0, random.Next(0, 5)).Select(i =>
        {
            Assert.True(DayPattern.TryParse(Patterns[random.Next(Patterns.Length)], out var pattern));
            var start = Around(30);
            return new TimeRecurrence(100 + i, Networks[random.Next(Networks.Length)], people[random.Next(people.Length)], random.Next(1, 240), pattern!, start, random.Next(2) == 0 ? null : start.AddDays(random.Next(0, 120)));
        }).ToList();
        var fees = Enumerable.Range(0, random.Next(0, 4)).Select(i =>
        {
            var shares = Networks.Where(_ => random.Next(3) > 0).ToDictionary(n => random.Next(4) == 0 ? n.ToLowerInvariant() : n, _ => (decimal)random.Next(1, 4), StringComparer.OrdinalIgnoreCase);
            var start = Month(Around(60));
            return new Fee(i, $"fee {i}", Amount(5000), Currency(), shares, start, random.Next(2) == 0 ? null : start.AddMonths(random.Next(0, 4)));
        }).ToList();
        return new LedgerData([], [], [], [], time, recurrences, rates, fees, [], currencyRates);
    }

    /// <summary>Each day priced on its own: every entry and occurrence converted and rounded, each fee split for each day.</summary>
    private static (string Entries, HashSet<string> Warnings) DayByDay(LedgerData data, string workspaceCurrency, DateRange range)
    {
        var converter = new CurrencyConverter(workspaceCurrency, data.CurrencyRates);
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        var totals = new Dictionary<(DateOnly, string), LedgerTotals>();
        void Add(DateOnly day, string network, LedgerTotals amounts) =>
            totals[(day, network)] = (totals.TryGetValue((day, network), out var t) ? t : LedgerTotals.Zero).Add(amounts);
        decimal Convert(decimal amount, string currency, DateOnly day, string what)
        {
            var converted = converter.Convert(amount, currency, day);
            if (converted is null)
            {
                warnings.Add($"{what} in {currency} is left out: no rate to {workspaceCurrency} ({Core.Ledger.Ledger.RateHint(currency)}).");
            }

            return converted ?? 0;
        }

        void Time(DateOnly day, string network, string person, int minutes)
        {
            var hours = minutes / 60m;
            var rate = data.Rates.FirstOrDefault(r => string.Equals(r.Person, person, StringComparison.OrdinalIgnoreCase)) ?? data.Rates.FirstOrDefault(r => r.Person.Length == 0);
            if (rate is null)
            {
                warnings.Add(person.Length == 0
                    ? "Staff time has no hourly rate, so it counts hours but no cost: set one with 'payoff time rate RATE'."
                    : $"{person}'s time has no hourly rate and the workspace has none: it counts hours but no cost ('payoff time rate RATE --person \"{person}\"').");
            }

            var cost = rate is null ? 0 : Currencies.Round(hours * Convert(rate.Rate, rate.Currency, day, "An hourly rate"), workspaceCurrency);
            Add(day, network, new LedgerTotals { TimeHours = hours, TimeCost = cost });
        }

        foreach (var t in data.Time.Where(t => range.Contains(t.Day)))
        {
            Time(t.Day, t.Network, t.Person, t.Minutes);
        }

        foreach (var r in data.Recurrences)
        {
            for (var day = range.From; day <= range.To; day = day.AddDays(1))
            {
                if (day >= r.From && (r.To is null || day <= r.To) && r.Days.Includes(day))
                {
                    Time(day, r.Network, r.Person, r.Minutes);
                }
            }
        }

        foreach (var fee in data.Fees)
        {
            var networks = fee.Shares.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var network in fee.Shares.Keys)
            {
                for (var day = range.From; day <= range.To; day = day.AddDays(1))
                {
                    var month = new DateOnly(day.Year, day.Month, 1);
                    if (month < fee.From || month > (fee.To ?? DateOnly.MaxValue))
                    {
                        continue;
                    }

                    var share = Currencies.Split(fee.MonthlyAmount, Currencies.Decimals(fee.Currency), [.. networks.Select(n => fee.Shares[n])])[networks.IndexOf(network)];
                    var amount = Currencies.Split(share, fee.Currency, DateTime.DaysInMonth(day.Year, day.Month))[day.Day - 1];
                    if (amount != 0)
                    {
                        Add(day, network, new LedgerTotals { OtherCost = Convert(amount, fee.Currency, day, $"The fee '{fee.Name}'") });
                    }
                }
            }
        }

        return (Render(totals.Select(t => new LedgerEntry(t.Key.Item1, t.Key.Item2, null) { Totals = t.Value })), warnings);
    }

    /// <summary>Every entry with its decimals as written (the scale included), in the ledger's order.</summary>
    private static string Render(IEnumerable<LedgerEntry> entries) => string.Join('\n', entries
        .OrderBy(e => e.Day).ThenBy(e => e.Network, StringComparer.Ordinal)
        .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Day:yyyy-MM-dd} {e.Network} {e.Campaign} {e.Totals.TimeHours} {e.Totals.TimeCost} {e.Totals.OtherCost}")));
}
