using System.Globalization;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Costs;

/// <summary>
/// A page builds the ledger of its widest window once and takes each figure's days with <see cref="Core.Ledger.Ledger.Within"/>
/// (issue 16): that must be, entry for entry and to the decimal's scale, with the same account metrics and warnings, the
/// ledger built over those days alone.
/// </summary>
public sealed class LedgerWithinTests
{
    private static readonly string[] Networks = ["Facebook", "LinkedIn", "Instagram"];

    [Fact]
    public void A_part_of_a_wide_ledger_is_the_ledger_built_over_that_part()
    {
        var (parts, warned, partial) = (0, 0, 0);
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var currency = random.Next(3) == 0 ? "JPY" : "USD";
            var from = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 400));
            var window = new DateRange(from, from.AddDays(random.Next(0, 200)));
            var data = WithResults(LedgerCostDaysTests.RandomData(random, window, currency), random, window, currency);
            var wide = Core.Ledger.Ledger.Build(data, currency, window);
            Assert.Same(wide, wide.Within(window));
            for (var i = 0; i < 8; i++)
            {
                var first = window.From.AddDays(random.Next(window.Days));
                var part = new DateRange(first, first.AddDays(random.Next(window.To.DayNumber - first.DayNumber + 1)));
                var built = Core.Ledger.Ledger.Build(data, currency, part);
                var taken = wide.Within(part);
                Assert.Equal(part, taken.Range);
                Assert.True(Render(built) == Render(taken), $"seed {seed}, {part}");
                Assert.Equal(built.Social, taken.Social);
                Assert.Equal(built.Warnings, taken.Warnings);
                parts++;
                warned += built.Warnings.Count;
                partial += built.Warnings.Count < wide.Warnings.Count ? 1 : 0;
            }
        }

        Assert.True(warned > 200 && partial > 50, $"{parts} parts, {warned} warnings, {partial} parts with fewer warnings than their window");
    }

    [Fact]
    public void Days_outside_the_ledger_are_refused()
    {
        var range = new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var ledger = Core.Ledger.Ledger.Build(new LedgerData([], [], [], [], [], [], [], [], [], []), "USD", range);
        var error = Assert.Throws<ArgumentException>(() => ledger.Within(new DateRange(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 5))));
        Assert.Contains("2026-02-28..2026-03-05 is not inside the ledger's 2026-03-01..2026-03-31", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ledger.Within(new DateRange(new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 1))));
    }

    /// <summary>Sessions, revenue and ad spend in several currencies (some without a rate), valued conversions and visits, account metrics.</summary>
    private static LedgerData WithResults(LedgerData costs, Random random, DateRange window, string currency)
    {
        DateOnly Day() => window.From.AddDays(random.Next(-5, window.Days + 5));
        string Network() => Networks[random.Next(Networks.Length)];
        string Campaign() => random.Next(4) == 0 ? "(none)" : $"c{random.Next(3)}";
        var web = Enumerable.Range(0, random.Next(0, 60)).Select(_ => new WebDay(Day(), Network(), Campaign(), random.Next(0, 500), random.Next(0, 20), random.Next(0, 5))).ToList();
        var money = Enumerable.Range(0, random.Next(0, 40)).Select(_ => new MoneyDay(Day(), Network(), Campaign(), random.Next(2) == 0 ? MoneyKind.Revenue : MoneyKind.AdSpend,
            new[] { currency, "EUR", "CHF" }[random.Next(3)], Math.Round((decimal)random.NextDouble() * 900, random.Next(0, 3)))).ToList();
        var conversions = Enumerable.Range(0, random.Next(0, 20)).Select(_ => new ConversionDay(Day(), Network(), Campaign(), random.Next(2) == 0 ? "trial" : "newsletter", random.Next(1, 9))).ToList();
        var social = Enumerable.Range(0, random.Next(0, 30)).Select(_ => new SocialDay(Day(), Network(), "@shop", random.Next(2) == 0 ? "reach" : "followers", random.Next(0, 9000))).ToList();
        List<AssignedValue> values = [new("trial", 12.5m, random.Next(2) == 0 ? currency : "CHF")];
        if (random.Next(2) == 0)
        {
            values.Add(new AssignedValue(AssignedValue.Visit, 0.05m, currency));
        }

        return costs with { Web = web, Money = money, Conversions = conversions, Social = social, Values = values };
    }

    /// <summary>Every entry with every amount as written (the scale included), in the ledger's order.</summary>
    private static string Render(Core.Ledger.Ledger ledger) => string.Join('\n', ledger.Entries.Select(e => string.Create(CultureInfo.InvariantCulture,
        $"{e.Day:yyyy-MM-dd} {e.Network} {e.Campaign} {e.Totals.Sessions} {e.Totals.Contacts} {e.Totals.Customers} {e.Totals.Revenue} {e.Totals.Value} {e.Totals.AdSpend} {e.Totals.TimeHours} {e.Totals.TimeCost} {e.Totals.OtherCost}")));
}
