namespace Payoff.Core.Attribution;

/// <summary>All credit to the last touch.</summary>
public sealed class LastTouchModel : WeightedModel
{
    /// <inheritdoc />
    public override string Name => "last-touch";

    /// <inheritdoc />
    protected override double[] Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var w = new double[journey.Keys.Count];
        w[^1] = 1;
        return w;
    }
}
