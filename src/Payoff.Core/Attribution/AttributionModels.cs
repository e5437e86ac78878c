namespace Payoff.Core.Attribution;

/// <summary>The models by name, as <c>--model</c> spells them.</summary>
public static class AttributionModels
{
    /// <summary>The names, in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> Names = ["first-touch", "last-touch", "last-non-direct", "linear", "time-decay", "position-based", "markov", "shapley"];

    /// <summary>The model called <paramref name="name"/>, or null.</summary>
    public static IAttributionModel? Create(string? name, double halfLifeDays = 7, int order = 1) => (name ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "first-touch" => new FirstTouchModel(),
        "last-touch" => new LastTouchModel(),
        "last-non-direct" => new LastNonDirectModel(),
        "linear" => new LinearModel(),
        "time-decay" => new TimeDecayModel(halfLifeDays),
        "position-based" => new PositionBasedModel(),
        "markov" => new MarkovModel(order),
        "shapley" => new ShapleyModel(),
        _ => null,
    };
}
