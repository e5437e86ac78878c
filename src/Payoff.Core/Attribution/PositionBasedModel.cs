namespace Payoff.Core.Attribution;

/// <summary>40 % to the first touch, 40 % to the last, 20 % spread over the middle; one touch gets all, two get half each.</summary>
public sealed class PositionBasedModel : WeightedModel
{
    /// <summary>The share of the first touch, and of the last (0.4); the middle touches share what is left.</summary>
    public const double EndWeight = 0.4;

    /// <summary>What the middle touches share together (0.2 = 1 − 2 × <see cref="EndWeight"/>, written exactly: 1 − 0.8 in binary is 0.19999…).</summary>
    public const double MiddleWeight = 0.2;

    /// <inheritdoc />
    public override string Name => "position-based";

    /// <inheritdoc />
    protected override double[] Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var n = journey.Keys.Count;
        var w = new double[n];
        switch (n)
        {
            case 1:
                w[0] = 1;
                break;
            case 2:
                w[0] = w[1] = 0.5;
                break;
            default:
                w[0] = w[^1] = EndWeight;
                for (var i = 1; i < n - 1; i++)
                {
                    w[i] = MiddleWeight / (n - 2);
                }

                break;
        }

        return w;
    }
}
