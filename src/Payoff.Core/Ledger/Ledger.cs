using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Ledger;

/// <summary>
/// A period's results and costs per day, network and campaign, every amount in the workspace currency:
/// the one place goals, the ROI report and the verdict take their numbers from, so they agree.
/// </summary>
/// <remarks>
/// Amounts in other currencies convert with the workspace's rate table; one without a rate is left out
/// and named in <see cref="Warnings"/>. Staff time is each logged entry plus each recurrence's days,
/// priced at the person's hourly rate, else the workspace's ("" person); time without any rate counts
/// its hours but no cost, with a warning. Every converted amount and each entry's time cost is in whole
/// minor units of the workspace currency (<see cref="Currencies"/>). Fees are split by their shares and
/// spread evenly over their months' days in whole minor units, adding up exactly (<see cref="Costs.Fee.DailyAmount"/>). Value is each value-less conversion times its assigned value, plus each session times
/// the <c>visit</c> value when one is set.
/// </remarks>
public sealed class Ledger
{
    /// <summary>
    /// How to add the missing rate of <paramref name="currency"/>, as the CLI says it ("payoff currency rate add EUR RATE"):
    /// the one spelling a page finds and says in its own words (<c>PageWords</c>).
    /// </summary>
    public static string RateHint(string currency) => $"payoff currency rate add {currency} RATE";

    private Ledger(DateRange range, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<SocialDay> social, IReadOnlyList<string> warnings)
    {
        Range = range;
        Entries = entries;
        Social = social;
        Warnings = warnings;
    }

    /// <summary>The period.</summary>
    public DateRange Range { get; }

    /// <summary>The entries.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>Daily account metrics.</summary>
    public IReadOnlyList<SocialDay> Social { get; }

    /// <summary>Amounts left out and why.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Builds the ledger of <paramref name="range"/> from what the store read.</summary>
    public static Ledger Build(LedgerData data, string workspaceCurrency, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(range);
        var converter = new CurrencyConverter(workspaceCurrency, data.CurrencyRates);
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        var entries = new Dictionary<(DateOnly, string, string?), LedgerEntry>();

        void Add(DateOnly day, string network, string? campaign, LedgerTotals amounts)
        {
            var key = (day, network, campaign);
            var entry = entries.TryGetValue(key, out var found) ? found : new LedgerEntry(day, network, campaign);
            entries[key] = entry with { Totals = entry.Totals.Add(amounts) };
        }

        decimal Convert(decimal amount, string currency, DateOnly day, string what)
        {
            if (converter.Convert(amount, currency, day) is { } converted)
            {
                return converted;
            }

            warnings.Add($"{what} in {currency} is left out: no rate to {workspaceCurrency} ({RateHint(currency)}).");
            return 0;
        }

        foreach (var w in data.Web.Where(w => range.Contains(w.Day)))
        {
            Add(w.Day, w.Network, w.Campaign, new LedgerTotals { Sessions = w.Sessions, Contacts = w.Contacts, Customers = w.Customers });
        }

        foreach (var m in data.Money.Where(m => range.Contains(m.Day)))
        {
            var amount = Convert(m.Amount, m.Currency, m.Day, m.Kind == MoneyKind.Revenue ? "Revenue" : "Ad spend");
            Add(m.Day, m.Network, m.Campaign, m.Kind == MoneyKind.Revenue ? new LedgerTotals { Revenue = amount } : new LedgerTotals { AdSpend = amount });
        }

        var values = data.Values.ToDictionary(v => v.Conversion, StringComparer.OrdinalIgnoreCase);
        foreach (var c in data.Conversions.Where(c => range.Contains(c.Day)))
        {
            if (values.TryGetValue(c.Name, out var value))
            {
                Add(c.Day, c.Network, c.Campaign, new LedgerTotals { Value = c.Count * Convert(value.Value, value.Currency, c.Day, $"The value of '{c.Name}'") });
            }
        }

        if (values.TryGetValue(AssignedValue.Visit, out var visit))
        {
            foreach (var w in data.Web.Where(w => w.Sessions > 0 && range.Contains(w.Day)))
            {
                Add(w.Day, w.Network, w.Campaign, new LedgerTotals { Value = w.Sessions * Convert(visit.Value, visit.Currency, w.Day, "The value of a visit") });
            }
        }

        var rates = data.Rates.ToDictionary(r => r.Person, StringComparer.OrdinalIgnoreCase);
        HourlyRate? RateOf(string person)
        {
            if (rates.TryGetValue(person, out var rate) || rates.TryGetValue(string.Empty, out rate))
            {
                return rate;
            }

            warnings.Add(person.Length == 0
                ? "Staff time has no hourly rate, so it counts hours but no cost: set one with 'payoff time rate RATE'."
                : string.Create(CultureInfo.InvariantCulture, $"{person}'s time has no hourly rate and the workspace has none: it counts hours but no cost ('payoff time rate RATE --person \"{person}\"')."));
            return null;
        }

        decimal Cost(decimal hours, HourlyRate? rate, DateOnly day) =>
            rate is null ? 0 : Currencies.Round(hours * Convert(rate.Rate, rate.Currency, day, "An hourly rate"), workspaceCurrency);

        foreach (var t in data.Time.Where(t => range.Contains(t.Day)))
        {
            var hours = t.Minutes / 60m;
            Add(t.Day, t.Network, null, new LedgerTotals { TimeHours = hours, TimeCost = Cost(hours, RateOf(t.Person), t.Day) });
        }

        foreach (var r in data.Recurrences)
        {
            // Every occurrence costs the same unless the rate's currency converts at another rate that day, so each
            // converted rate (with its scale, which the rounding keeps) is priced once.
            var hours = r.Minutes / 60m;
            HourlyRate? rate = null;
            var looked = false;
            var costs = new Dictionary<(decimal Rate, byte Scale), decimal>();
            foreach (var day in r.Occurrences(range.From, range.To))
            {
                if (!looked)
                {
                    (rate, looked) = (RateOf(r.Person), true);
                }

                var cost = 0m;
                if (rate is not null)
                {
                    var converted = Convert(rate.Rate, rate.Currency, day, "An hourly rate");
                    if (!costs.TryGetValue((converted, converted.Scale), out cost))
                    {
                        cost = Currencies.Round(hours * converted, workspaceCurrency);
                        costs.Add((converted, converted.Scale), cost);
                    }
                }

                Add(day, r.Network, null, new LedgerTotals { TimeHours = hours, TimeCost = cost });
            }
        }

        foreach (var fee in data.Fees)
        {
            foreach (var network in fee.Shares.Keys)
            {
                // The month's split is the same for each of its days: worked out once per month.
                var month = DateOnly.MinValue;
                IReadOnlyList<decimal> daily = [];
                for (var day = range.From; day <= range.To; day = day.AddDays(1))
                {
                    if (day.Day == 1 || day == range.From)
                    {
                        month = new DateOnly(day.Year, day.Month, 1);
                        daily = fee.DailyAmounts(month, network);
                    }

                    var amount = daily.Count == 0 ? 0 : daily[day.Day - 1];
                    if (amount != 0)
                    {
                        Add(day, network, null, new LedgerTotals { OtherCost = Convert(amount, fee.Currency, day, $"The fee '{fee.Name}'") });
                    }
                }
            }
        }

        return new Ledger(range, [.. entries.Values.OrderBy(e => e.Day).ThenBy(e => e.Network, StringComparer.Ordinal).ThenBy(e => e.Campaign, StringComparer.Ordinal)], [.. data.Social.Where(s => range.Contains(s.Day))], [.. warnings]);
    }

    /// <summary>The totals of the entries that pass <paramref name="filter"/> (all when null).</summary>
    public LedgerTotals Sum(Func<LedgerEntry, bool>? filter = null) =>
        Entries.Where(filter ?? (_ => true)).Aggregate(LedgerTotals.Zero, (t, e) => t.Add(e));
}
