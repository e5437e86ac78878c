using Payoff.Core.Attribution;

namespace Payoff.Core.Tests.Attribution;

public sealed class AttributionModelsTests
{
    [Fact]
    public void Every_model_has_a_label_for_pages_that_is_not_its_machine_name()
    {
        Assert.All(AttributionModels.Names, name => Assert.NotEqual(name, AttributionModels.Label(name)));
        Assert.Equal(AttributionModels.Names.Count, AttributionModels.Names.Select(AttributionModels.Label).Distinct().Count());
        Assert.Equal("First touch", AttributionModels.Label("first-touch"));
        Assert.Equal("Last non-direct touch", AttributionModels.Label("last-non-direct"));
        Assert.Equal("Markov chain (removal effect)", AttributionModels.Label("markov"));
        Assert.Equal("Shapley value", AttributionModels.Label("shapley"));
    }

    [Fact]
    public void The_position_based_label_states_the_weights_the_model_gives()
    {
        var credits = new PositionBasedModel().Attribute([new Journey(["a", "b", "c"], 1, 0, 0, null)]).Credits.ToDictionary(c => c.Channel, c => c.Conversions);

        Assert.Equal("Position-based (40/20/40)", AttributionModels.Label("position-based"));
        Assert.Equal(0.4, credits["a"], 9);
        Assert.Equal(0.2, credits["b"], 9);
        Assert.Equal(0.4, credits["c"], 9);
    }

    [Fact]
    public void Roles_read_closer_and_assist()
    {
        Assert.Equal("Closer", AttributionModels.RoleLabel(new KeyRoles("a", 1, 0, 1).Role));
        Assert.Equal("Assist", AttributionModels.RoleLabel(new KeyRoles("a", 1, 2, 1).Role));
    }
}
