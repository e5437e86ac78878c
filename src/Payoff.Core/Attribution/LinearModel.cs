namespace Payoff.Core.Attribution;

/// <summary>Each touch gets 1/n (a key appearing twice in four touches gets 2/4).</summary>
public sealed class LinearModel : WeightedModel
{
    /// <inheritdoc />
    public override string Name => "linear";

    /// <inheritdoc />
    protected override double[] Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return [.. Enumerable.Repeat(1.0 / journey.Keys.Count, journey.Keys.Count)];
    }
}
