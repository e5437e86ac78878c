namespace Payoff.Core.Attribution;

/// <summary>All credit to the first touch.</summary>
public sealed class FirstTouchModel : WeightedModel
{
    /// <inheritdoc />
    public override string Name => "first-touch";

    /// <inheritdoc />
    protected override double[] Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var w = new double[journey.Keys.Count];
        w[0] = 1;
        return w;
    }
}
