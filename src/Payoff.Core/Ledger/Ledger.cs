using System.Globalization;
using System.Runtime.InteropServices;
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

    private readonly IReadOnlyDictionary<string, DateOnly[]> warningDays;

    private Ledger(DateRange range, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<SocialDay> social, IReadOnlyDictionary<string, DateOnly[]> warningDays)
    {
        Range = range;
        Entries = entries;
        Social = social;
        this.warningDays = warningDays;
        Warnings = [.. warningDays.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The period.</summary>
    public DateRange Range { get; }

    /// <summary>The entries, by day, then network and campaign (ordinal; a network's entry without a campaign first).</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>Daily account metrics.</summary>
    public IReadOnlyList<SocialDay> Social { get; }

    /// <summary>Amounts left out and why, in ordinal order, each once.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Builds the ledger of <paramref name="range"/> from what the store read.</summary>
    public static Ledger Build(LedgerData data, string workspaceCurrency, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(range);
        var converter = new CurrencyConverter(workspaceCurrency, data.CurrencyRates);
        var warnings = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        // One mutable sum per day, network and campaign, kept in one array (no object per sum for the collector to move):
        // an amount is added in place, the entries are made once at the end.
        var entries = new Dictionary<EntryKey, int>(data.Web.Count + (data.Money.Count / 2));
        var sums = new Accumulator[Math.Max(16, data.Web.Count + (data.Money.Count / 2))];
        ref Accumulator At(DateOnly day, string network, string? campaign)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, new EntryKey(day, network, campaign), out var exists);
            if (!exists)
            {
                slot = entries.Count - 1;
                if (slot == sums.Length)
                {
                    Array.Resize(ref sums, sums.Length * 2);
                }

                sums[slot] = new Accumulator(day, network, campaign);
            }

            return ref sums[slot];
        }

        void Warn(DateOnly day, string warning)
        {
            ref var days = ref CollectionsMarshal.GetValueRefOrAddDefault(warnings, warning, out _);
            (days ??= []).Add(day);
        }

        decimal Convert(decimal amount, string currency, DateOnly day, string what)
        {
            if (converter.Convert(amount, currency, day) is { } converted)
            {
                return converted;
            }

            Warn(day, $"{what} in {currency} is left out: no rate to {workspaceCurrency} ({RateHint(currency)}).");
            return 0;
        }

        foreach (var w in data.Web)
        {
            if (range.Contains(w.Day))
            {
                ref var sum = ref At(w.Day, w.Network, w.Campaign);
                sum.Sessions += w.Sessions;
                sum.Contacts += w.Contacts;
                sum.Customers += w.Customers;
            }
        }

        foreach (var m in data.Money)
        {
            if (range.Contains(m.Day))
            {
                var amount = Convert(m.Amount, m.Currency, m.Day, m.Kind switch { MoneyKind.Revenue => "Revenue", MoneyKind.Reward => "A referral reward", _ => "Ad spend" });
                ref var sum = ref At(m.Day, m.Network, m.Campaign);
                switch (m.Kind)
                {
                    case MoneyKind.Revenue:
                        sum.Revenue += amount;
                        break;
                    case MoneyKind.Reward:
                        sum.OtherCost += amount;
                        sum.RewardCost += amount;
                        break;
                    default:
                        sum.AdSpend += amount;
                        break;
                }
            }
        }

        var values = data.Values.ToDictionary(v => v.Conversion, StringComparer.OrdinalIgnoreCase);
        foreach (var c in data.Conversions)
        {
            if (range.Contains(c.Day) && values.TryGetValue(c.Name, out var value))
            {
                var amount = c.Count * Convert(value.Value, value.Currency, c.Day, $"The value of '{c.Name}'");
                At(c.Day, c.Network, c.Campaign).Value += amount;
            }
        }

        if (values.TryGetValue(AssignedValue.Visit, out var visit))
        {
            foreach (var w in data.Web)
            {
                if (w.Sessions > 0 && range.Contains(w.Day))
                {
                    var amount = w.Sessions * Convert(visit.Value, visit.Currency, w.Day, "The value of a visit");
                    At(w.Day, w.Network, w.Campaign).Value += amount;
                }
            }
        }

        var rates = data.Rates.ToDictionary(r => r.Person, StringComparer.OrdinalIgnoreCase);
        HourlyRate? RateOf(string person, DateOnly day)
        {
            if (rates.TryGetValue(person, out var rate) || rates.TryGetValue(string.Empty, out rate))
            {
                return rate;
            }

            Warn(day, person.Length == 0
                ? "Staff time has no hourly rate, so it counts hours but no cost: set one with 'payoff time rate RATE'."
                : string.Create(CultureInfo.InvariantCulture, $"{person}'s time has no hourly rate and the workspace has none: it counts hours but no cost ('payoff time rate RATE --person \"{person}\"')."));
            return null;
        }

        decimal Cost(decimal hours, HourlyRate? rate, DateOnly day) =>
            rate is null ? 0 : Currencies.Round(hours * Convert(rate.Rate, rate.Currency, day, "An hourly rate"), workspaceCurrency);

        foreach (var t in data.Time)
        {
            if (range.Contains(t.Day))
            {
                var hours = t.Minutes / 60m;
                var cost = Cost(hours, RateOf(t.Person, t.Day), t.Day);
                ref var sum = ref At(t.Day, t.Network, null);
                sum.TimeHours += hours;
                sum.TimeCost += cost;
            }
        }

        foreach (var r in data.Recurrences)
        {
            // Every occurrence costs the same unless the rate's currency converts at another rate that day, so each
            // converted rate (with its scale, which the rounding keeps) is priced once. A missing rate is named on each
            // day it leaves a cost out, so a ledger of fewer days (Within) names it only when one of its days does.
            var hours = r.Minutes / 60m;
            var costs = new Dictionary<(decimal Rate, byte Scale), decimal>();
            foreach (var day in r.Occurrences(range.From, range.To))
            {
                var rate = RateOf(r.Person, day);
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

                ref var sum = ref At(day, r.Network, null);
                sum.TimeHours += hours;
                sum.TimeCost += cost;
            }
        }

        foreach (var fee in data.Fees)
        {
            var what = $"The fee '{fee.Name}'";
            foreach (var network in fee.Shares.Keys)
            {
                // The month's split is the same for each of its days: worked out once per month.
                IReadOnlyList<decimal> daily = [];
                for (var day = range.From; day <= range.To; day = day.AddDays(1))
                {
                    if (day.Day == 1 || day == range.From)
                    {
                        daily = fee.DailyAmounts(new DateOnly(day.Year, day.Month, 1), network);
                    }

                    var amount = daily.Count == 0 ? 0 : daily[day.Day - 1];
                    if (amount != 0)
                    {
                        At(day, network, null).OtherCost += Convert(amount, fee.Currency, day, what);
                    }
                }
            }
        }

        // In order: placed by day (a counting sort over the range's days), then each day's few sums by network and campaign.
        var count = entries.Count;
        var starts = new int[range.Days + 1];
        for (var i = 0; i < count; i++)
        {
            starts[sums[i].Day.DayNumber - range.From.DayNumber + 1]++;
        }

        for (var d = 1; d < starts.Length; d++)
        {
            starts[d] += starts[d - 1];
        }

        var order = new int[count];
        var next = starts[..^1];
        for (var i = 0; i < count; i++)
        {
            order[next[sums[i].Day.DayNumber - range.From.DayNumber]++] = i;
        }

        var byNetworkAndCampaign = Comparer<int>.Create((a, b) => Accumulator.CompareNetworkAndCampaign(in sums[a], in sums[b]));
        for (var d = 0; d < range.Days; d++)
        {
            if (starts[d + 1] - starts[d] > 1)
            {
                Array.Sort(order, starts[d], starts[d + 1] - starts[d], byNetworkAndCampaign);
            }
        }

        var built = new LedgerEntry[count];
        for (var i = 0; i < count; i++)
        {
            built[i] = sums[order[i]].Entry();
        }

        var social = new List<SocialDay>();
        foreach (var s in data.Social)
        {
            if (range.Contains(s.Day))
            {
                social.Add(s);
            }
        }

        return new Ledger(range, built, social, warnings.ToDictionary(w => w.Key, w => w.Value.Distinct().Order().ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The ledger of <paramref name="range"/>, a part of <see cref="Range"/>: the entries and account metrics of its days and
    /// the warnings raised on them — the same as <see cref="Build"/> of the same data over <paramref name="range"/> (every
    /// amount, fee share and staff-time cost is worked out per day), without working it out again. A page reads and builds its
    /// widest window once and takes each figure's days from it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not inside <see cref="Range"/>.</exception>
    public Ledger Within(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.From < Range.From || range.To > Range.To)
        {
            throw new ArgumentException($"{range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd} is not inside the ledger's {Range.From:yyyy-MM-dd}..{Range.To:yyyy-MM-dd}.", nameof(range));
        }

        if (range == Range)
        {
            return this;
        }

        var first = FirstOnOrAfter(range.From);
        var end = FirstOnOrAfter(range.To.AddDays(1));
        var entries = new LedgerEntry[end - first];
        for (var i = first; i < end; i++)
        {
            entries[i - first] = Entries[i];
        }

        var warnings = new Dictionary<string, DateOnly[]>(StringComparer.Ordinal);
        foreach (var (warning, days) in warningDays)
        {
            var at = Array.BinarySearch(days, range.From);
            at = at < 0 ? ~at : at;
            if (at < days.Length && days[at] <= range.To)
            {
                warnings.Add(warning, days);
            }
        }

        return new Ledger(range, entries, [.. Social.Where(s => range.Contains(s.Day))], warnings);
    }

    /// <summary>The index of the first entry on or after <paramref name="day"/> (the entries' count when none is).</summary>
    private int FirstOnOrAfter(DateOnly day)
    {
        var (low, high) = (0, Entries.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Entries[mid].Day < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The totals of the entries that pass <paramref name="filter"/> (all when null).</summary>
    public LedgerTotals Sum(Func<LedgerEntry, bool>? filter = null) =>
        LedgerTotals.Sum(filter is null ? Entries : Entries.Where(filter));

    /// <summary>
    /// A day, network and campaign as a dictionary key: compared and hashed by its own code (ordinal), not through a tuple's
    /// shared generic comparers, which cost more than the sums they find.
    /// </summary>
    private readonly struct EntryKey(DateOnly day, string network, string? campaign) : IEquatable<EntryKey>
    {
        private readonly int day = day.DayNumber;
        private readonly string network = network;
        private readonly string? campaign = campaign;

        public bool Equals(EntryKey other) => day == other.day && string.Equals(network, other.network, StringComparison.Ordinal) && string.Equals(campaign, other.campaign, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is EntryKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(day, network.GetHashCode(StringComparison.Ordinal), campaign?.GetHashCode(StringComparison.Ordinal) ?? 0);
    }

    /// <summary>A day, network and campaign's sums while the ledger is built.</summary>
    private struct Accumulator(DateOnly day, string network, string? campaign)
    {
        public long Sessions;
        public long Contacts;
        public long Customers;
        public decimal Revenue;
        public decimal Value;
        public decimal AdSpend;
        public decimal TimeHours;
        public decimal TimeCost;
        public decimal OtherCost;
        public decimal RewardCost;

        public readonly DateOnly Day = day;

        public readonly string Network = network;

        public readonly string? Campaign = campaign;

        /// <summary>A day's sums by network, then campaign, ordinal (no campaign first), as the entries are listed.</summary>
        public static int CompareNetworkAndCampaign(in Accumulator a, in Accumulator b) =>
            string.CompareOrdinal(a.Network, b.Network) is var order and not 0 ? order : string.CompareOrdinal(a.Campaign, b.Campaign);

        public readonly LedgerEntry Entry() => new(Day, Network, Campaign)
        {
            Totals = new LedgerTotals
            {
                Sessions = Sessions,
                Contacts = Contacts,
                Customers = Customers,
                Revenue = Revenue,
                Value = Value,
                AdSpend = AdSpend,
                TimeHours = TimeHours,
                TimeCost = TimeCost,
                OtherCost = OtherCost,
                RewardCost = RewardCost,
            },
        };
    }
}
