namespace Payoff.Core.Attribution;

/// <summary>All credit to the last touch that is not Direct (GA4's "paid and organic last click"); a journey of Direct alone credits Direct.</summary>
public sealed class LastNonDirectModel : WeightedModel
{
    /// <summary>The key of direct traffic.</summary>
    public const string Direct = "Direct";

    /// <inheritdoc />
    public override string Name => "last-non-direct";

    /// <inheritdoc />
    protected override double[] Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var w = new double[journey.Keys.Count];
        var i = journey.Keys.Count - 1;
        while (i > 0 && string.Equals(journey.Keys[i], Direct, StringComparison.OrdinalIgnoreCase))
        {
            i--;
        }

        w[i] = 1;
        return w;
    }
}
