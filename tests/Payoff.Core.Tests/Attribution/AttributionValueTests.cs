using System.Globalization;
using Payoff.Core.Attribution;

namespace Payoff.Core.Tests.Attribution;

/// <summary>Value credits follow the value, not the unit it is written in (issue 13, §3.9).</summary>
public sealed class AttributionValueTests
{
    private static IEnumerable<IAttributionModel> EveryModel() =>
        [.. AttributionModels.Names.Select(n => AttributionModels.Create(n)!), new MarkovModel(2), new MarkovModel(3)];

    /// <summary>
    /// The first 1,000 paths of ChannelAttribution's public example data set (Attribution/Data/channelattribution-paths.csv),
    /// values to 4 decimals as Payoff stores them, times <paramref name="scale"/>.
    /// </summary>
    private static List<Journey> ExampleDataSet(decimal scale) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Attribution", "Data", "channelattribution-paths.csv")).Skip(1).Select(line =>
        {
            var fields = line.Split(';');
            var keys = fields[0].Split('>', StringSplitOptions.TrimEntries);
            var conversions = long.Parse(fields[1], CultureInfo.InvariantCulture);
            var value = Math.Round(decimal.Parse(fields[2], CultureInfo.InvariantCulture), 4) * scale;
            var nulls = long.Parse(fields[3], CultureInfo.InvariantCulture);

            // Dated touches (one day apart) so time decay credits them too.
            return new Journey(keys, conversions, value, nulls, [.. keys.Select((_, k) => (double)(keys.Length - k - 1))]);
        })];

    [Fact]
    public void Regression_markov_value_credits_moved_when_values_were_written_in_cents_instead_of_units()
    {
        var units = new MarkovModel().Attribute(ExampleDataSet(1)).Credits.ToDictionary(c => c.Channel, c => c.Value);
        var cents = new MarkovModel().Attribute(ExampleDataSet(100)).Credits.ToDictionary(c => c.Channel, c => c.Value);
        foreach (var (channel, value) in units)
        {
            Assert.Equal(value * 100, cents[channel]);
        }
    }

    [Fact]
    public void Multiplying_every_value_by_100_multiplies_every_value_credit_of_every_model_by_exactly_100()
    {
        var units = ExampleDataSet(1);
        var cents = ExampleDataSet(100);
        foreach (var model in EveryModel())
        {
            var inUnits = model.Attribute(units);
            var inCents = model.Attribute(cents);
            Assert.Equal(inUnits.TotalValue * 100, inCents.TotalValue);
            Assert.True(inUnits.AddsUp && inCents.AddsUp, model.Name);
            var byChannel = inCents.Credits.ToDictionary(c => c.Channel, c => c.Value);
            Assert.All(inUnits.Credits, c => Assert.True(c.Value * 100 == byChannel[c.Channel], $"{model.Name}, {c.Channel}: {c.Value} × 100 ≠ {byChannel[c.Channel]}"));
        }
    }

    [Fact]
    public void Markov_value_weighs_the_conversion_chain_by_the_mean_value_of_the_conversions_ending_in_each_state()
    {
        // START→a 2, START→b 1; a→CONV 1, a→b 1; b→CONV 1, b→NULL 1. μ(a) = 10, μ(b) = 30.
        // V = 2/3·(½·10 + ½·½·30) + 1/3·½·30 = 40/3; without a: 1/3·15 = 5; without b: 2/3·5 = 10/3.
        // REv(a) = 1 − 5 ÷ 40/3 = 5/8, REv(b) = 1 − (10/3) ÷ (40/3) = 3/4; credits of 40: 200/11 and 240/11.
        Journey[] journeys = [new(["a"], 1, 10m, 0), new(["b"], 1, 30m, 0), new(["a", "b"], 0, 0m, 1)];
        var credits = new MarkovModel().Attribute(journeys).Credits.ToDictionary(c => c.Channel, c => c.Value);
        Assert.Equal(200m / 11, credits["a"], 10);
        Assert.Equal(240m / 11, credits["b"], 10);
    }

    [Fact]
    public void Markov_value_credits_follow_the_conversion_credits_when_every_conversion_is_worth_the_same()
    {
        var journeys = ExampleDataSet(1).Select(j => j with { Value = j.Conversions * 7m }).ToList();
        var result = new MarkovModel().Attribute(journeys);
        Assert.All(result.Credits, c => Assert.Equal(c.Conversions * 7, (double)c.Value, 6));
    }
}
