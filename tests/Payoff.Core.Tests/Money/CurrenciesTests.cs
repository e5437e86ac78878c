using Payoff.Core.Costs;
using Payoff.Core.Money;

namespace Payoff.Core.Tests.Money;

public class CurrenciesTests
{
    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("krw", 0)]
    [InlineData("ISK", 0)]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("KWD", 3)]
    [InlineData("TND", 3)]
    [InlineData("CLF", 4)]
    public void Minor_units_are_ISO_4217s(string currency, int decimals) => Assert.Equal(decimals, Currencies.Decimals(currency));

    [Fact]
    public void Regression_issue_13_1000_JPY_over_three_days_is_333_333_334_not_cents()
    {
        Assert.Equal([333m, 333m, 334m], Currencies.Split(1000m, "JPY", 3));
        Assert.Equal([33.33m, 33.33m, 33.34m], Currencies.Split(100m, "EUR", 3));
        Assert.Equal([3.333m, 3.333m, 3.334m], Currencies.Split(10m, "KWD", 3));
    }

    [Theory]
    [InlineData(1000, "JPY", 7)]
    [InlineData(1001, "JPY", 3)]
    [InlineData(0.05, "EUR", 31)]
    [InlineData(-100, "EUR", 3)]
    [InlineData(1234.567, "BHD", 30)]
    [InlineData(1000.4, "JPY", 3)]
    public void Every_split_adds_up_exactly_and_its_parts_differ_by_at_most_one_minor_unit(double amount, string currency, int parts)
    {
        var total = (decimal)amount;
        var split = Currencies.Split(total, currency, parts);

        Assert.Equal(total, split.Sum());
        var whole = split.Take(parts - 1).ToList();
        var unit = 1m / (decimal)Math.Pow(10, Currencies.Decimals(currency));
        Assert.All(whole, p => Assert.Equal(0m, p % unit));
        Assert.True(split.Max() - split.Min() <= unit + (Math.Abs(total) % unit), $"{string.Join(", ", split)}");
    }

    [Fact]
    public void A_weighted_split_gives_the_leftover_units_to_the_largest_remainders()
    {
        Assert.Equal([33.33m, 66.67m], Currencies.Split(100m, 2, [1m, 2m]));
        Assert.Equal([0m, 0m, 10m], Currencies.Split(10m, 0, [0m, 0m, 0m]));
    }

    [Fact]
    public void Rounding_and_printing_follow_the_currencys_minor_unit()
    {
        Assert.Equal(334m, Currencies.Round(333.5m, "JPY"));
        Assert.Equal(1.006m, Currencies.Round(1.0055m, "KWD"));
        Assert.Equal("1,000", Currencies.Format(1000m, "JPY"));
        Assert.Equal("1,000.00", Currencies.Format(1000m, "EUR"));
        Assert.Equal("12.346", Currencies.Format(12.3456m, "OMR"));
    }

    [Fact]
    public void A_fees_days_add_up_exactly_to_each_networks_share_in_whole_yen()
    {
        var fee = new Fee(1, "Scheduler", 10_000m, "JPY", new Dictionary<string, decimal> { ["Facebook"] = 1m, ["LinkedIn"] = 2m }, new DateOnly(2026, 2, 1));
        var days = Enumerable.Range(1, 28).Select(d => new DateOnly(2026, 2, d)).ToList();

        var facebook = days.Select(d => fee.DailyAmount(d, "Facebook")).ToList();
        var linkedIn = days.Select(d => fee.DailyAmount(d, "LinkedIn")).ToList();

        Assert.Equal(10_000m, facebook.Sum() + linkedIn.Sum());
        Assert.Equal(3_333m, facebook.Sum());
        Assert.All(facebook.Concat(linkedIn), a => Assert.Equal(decimal.Truncate(a), a));
    }

    [Fact]
    public void A_converted_amount_is_in_the_workspace_currencys_minor_units()
    {
        var converter = new CurrencyConverter("JPY", [new CurrencyRate("EUR", new DateOnly(2026, 1, 1), 161.237m)]);

        Assert.Equal(1612m, converter.Convert(10m, "EUR", new DateOnly(2026, 5, 1)));
    }
}
