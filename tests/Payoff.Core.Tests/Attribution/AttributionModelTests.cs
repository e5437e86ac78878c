using Payoff.Core.Attribution;

namespace Payoff.Core.Tests.Attribution;

public sealed class AttributionModelTests
{
    private static Journey J(string path, long conversions = 1, decimal value = 0, long nulls = 0, double[]? days = null) =>
        new([.. path.Split('>', StringSplitOptions.TrimEntries)], conversions, value, nulls, days);

    private static Dictionary<string, double> Credits(AttributionResult result) => result.Credits.ToDictionary(c => c.Channel, c => c.Conversions);

    [Fact]
    public void The_channelattribution_example_gives_a_two_and_b_one_under_markov_and_a_three_under_first_and_last_touch()
    {
        Journey[] journeys = [J("A>B>A>B>B>A"), J("A>B>B>A>A"), J("A>A")];
        var markov = new MarkovModel().Attribute(journeys);
        Assert.Equal(2, Credits(markov)["A"], 9);
        Assert.Equal(1, Credits(markov)["B"], 9);
        Assert.Equal(1, markov.Credits.Single(c => c.Channel == "A").RemovalEffect!.Value, 9);
        Assert.Equal(0.5, markov.Credits.Single(c => c.Channel == "B").RemovalEffect!.Value, 9);
        Assert.Equal(3, Credits(new FirstTouchModel().Attribute(journeys))["A"]);
        Assert.Equal(3, Credits(new LastTouchModel().Attribute(journeys))["A"]);
        Assert.True(markov.AddsUp);
    }

    [Fact]
    public void Rule_based_models_match_hand_computed_credits()
    {
        // One conversion worth 100 on facebook > email > Direct > linkedin.
        Journey[] one = [J("facebook>email>Direct>linkedin", 1, 100m, 0, [30, 14, 7, 0])];
        Assert.Equal(0.25, Credits(new LinearModel().Attribute(one))["email"], 9);
        Assert.Equal(1, Credits(new LastNonDirectModel().Attribute(one))["linkedin"], 9);
        Assert.Equal(1, Credits(new LastNonDirectModel().Attribute([J("email>Direct>Direct")]))["email"], 9);
        var position = Credits(new PositionBasedModel().Attribute(one));
        Assert.Equal((0.4, 0.1, 0.1, 0.4), (position["facebook"], position["email"], position["Direct"], position["linkedin"]));

        // Time decay, half-life 7: weights 2^(-30/7), 2^(-2), 2^(-1), 1, normalised.
        double[] raw = [Math.Pow(2, -30.0 / 7), 0.25, 0.5, 1];
        var decay = new TimeDecayModel(7).Attribute(one);
        Assert.Equal(1 / raw.Sum(), Credits(decay)["linkedin"], 9);
        Assert.Equal(100m * (decimal)(0.5 / raw.Sum()), decay.Credits.Single(c => c.Channel == "Direct").Value, 6);

        // A half-life boundary: a touch exactly one half-life before weighs half a touch at the conversion.
        var half = Credits(new TimeDecayModel(7).Attribute([J("a>b", 1, 0, 0, [7, 0])]));
        Assert.Equal(1.0 / 3, half["a"], 9);

        // Without dates, time decay says so and credits nothing.
        var undated = new TimeDecayModel().Attribute([J("a>b")]);
        Assert.Empty(undated.Credits);
        Assert.Contains("needs the touches' times", undated.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapley_efficient_form_equals_the_definition_on_the_reference_example_and_random_inputs()
    {
        var example = Credits(new ShapleyModel().Attribute([J("a", 4), J("a>b", 6)]));
        Assert.Equal((7, 3), (example["a"], example["b"]));

        var random = new Random(11);
        for (var round = 0; round < 25; round++)
        {
            var channels = "abcdefg"[..random.Next(2, 8)];
            var journeys = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => J(string.Join('>', Enumerable.Range(0, random.Next(1, 6)).Select(_ => channels[random.Next(channels.Length)])), random.Next(0, 5)))
                .ToList();
            var efficient = Credits(new ShapleyModel().Attribute(journeys));
            var definition = ShapleyModel.BruteForce(journeys);
            foreach (var (channel, phi) in definition)
            {
                Assert.Equal(phi, efficient.GetValueOrDefault(channel), 9);
            }
        }
    }

    [Fact]
    public void Every_model_adds_up_to_the_journeys_totals_with_nulls_and_values()
    {
        var random = new Random(5);
        var journeys = Enumerable.Range(0, 300).Select(_ =>
        {
            var length = random.Next(1, 7);
            var keys = Enumerable.Range(0, length).Select(_ => "abcdef"[random.Next(6)].ToString()).ToList();
            var conversions = random.Next(0, 3);
            return new Journey(keys, conversions, conversions * (decimal)random.Next(1, 50), random.Next(0, 4), [.. Enumerable.Range(0, length).Select(i => (double)(length - i) * 3)]);
        }).ToList();
        IAttributionModel[] models = [new FirstTouchModel(), new LastTouchModel(), new LastNonDirectModel(), new LinearModel(), new TimeDecayModel(), new PositionBasedModel(), new MarkovModel(), new MarkovModel(2), new ShapleyModel()];
        foreach (var model in models)
        {
            var result = model.Attribute(journeys);
            Assert.True(result.AddsUp, $"{model.Name}: {result.Credits.Sum(c => c.Conversions)} of {result.TotalConversions}");
            Assert.Equal(1, result.Credits.Sum(c => c.Share), 9);
        }
    }

    [Fact]
    public void Markov_is_exact_on_a_chain_worked_by_hand()
    {
        // START→a (3), a→CONV (1), a→NULL (2) from "a" ×1 conv, ×2 null; START→b (1), b→a (1) from "b>a" ×1 null.
        // P(conv) = 3/4·(1/4)… solved: x_a = 1/4 (a→conv 1 of 4 exits: a→CONV 1, a→NULL 3), x_b = x_a, x_start = x_a.
        Journey[] journeys = [J("a", 1, 0, 2), J("b>a", 0, 0, 1)];
        var paths = journeys.Select(j => ((IReadOnlyList<string[]>)j.Collapsed.Select(k => new[] { k }).ToList(), (double)j.Conversions, (double)j.Nulls)).ToList();
        Assert.Equal(0.25, MarkovModel.ConversionProbability(paths, null), 12);
        Assert.Equal(0, MarkovModel.ConversionProbability(paths, "a"), 12);
        Assert.Equal(0.75 * 0.25, MarkovModel.ConversionProbability(paths, "b"), 12);
        var credits = Credits(new MarkovModel().Attribute(journeys));
        Assert.Equal(1 / 1.25, credits["a"], 9);
    }
}
