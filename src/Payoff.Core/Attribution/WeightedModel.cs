namespace Payoff.Core.Attribution;

/// <summary>
/// A rule-based model: each converting journey's conversions and value are split among its touches by
/// weights that sum to 1 (<see cref="Weights"/>); a key that appears twice gets both shares.
/// </summary>
public abstract class WeightedModel : IAttributionModel
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public AttributionResult Attribute(IReadOnlyList<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var sums = new Dictionary<string, (double Conversions, decimal Value)>(StringComparer.Ordinal);
        long total = 0;
        decimal value = 0;
        string? note = null;
        foreach (var journey in journeys.Where(j => j.Conversions > 0 && j.Keys.Count > 0))
        {
            total += journey.Conversions;
            value += journey.Value;
            var weights = Weights(journey);
            if (weights is null)
            {
                note = $"{Name} needs the touches' times; imported paths carry none.";
                continue;
            }

            for (var i = 0; i < journey.Keys.Count; i++)
            {
                if (weights[i] == 0)
                {
                    continue;
                }

                var key = journey.Keys[i];
                var (c, v) = sums.GetValueOrDefault(key);
                sums[key] = (c + (journey.Conversions * weights[i]), v + AttributionResult.Part(journey.Value, weights[i]));
            }
        }

        return AttributionResult.From(Name, sums, total, value, note: note);
    }

    /// <summary>The weights of a journey's touches (summing to 1), or null when the model cannot weigh it.</summary>
    protected abstract double[]? Weights(Journey journey);
}
