using System.Globalization;

namespace Payoff.Core.Attribution;

/// <summary>The models by name, as <c>--model</c> spells them.</summary>
public static class AttributionModels
{
    /// <summary>The names, in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> Names = ["first-touch", "last-touch", "last-non-direct", "linear", "time-decay", "position-based", "markov", "shapley"];

    /// <summary>
    /// The model <paramref name="name"/> as a person reads it on a page ("First touch", "Position-based (40/20/40)");
    /// query values, JSON and the CLI keep the machine name. An unknown name comes back as it is.
    /// </summary>
    public static string Label(string name) => name switch
    {
        "first-touch" => "First touch",
        "last-touch" => "Last touch",
        "last-non-direct" => "Last non-direct touch",
        "linear" => "Linear",
        "time-decay" => "Time decay",
        "position-based" => string.Create(CultureInfo.InvariantCulture, $"Position-based ({PositionBasedModel.EndWeight * 100:0}/{PositionBasedModel.MiddleWeight * 100:0}/{PositionBasedModel.EndWeight * 100:0})"),
        "markov" => "Markov chain (removal effect)",
        "shapley" => "Shapley value",
        _ => name,
    };

    /// <summary>The role <paramref name="role"/> (<see cref="KeyRoles.Role"/>) as a person reads it: "Closer" or "Assist".</summary>
    public static string RoleLabel(string role) => role switch
    {
        "closer" => "Closer",
        "assister" => "Assist",
        _ => role,
    };

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
