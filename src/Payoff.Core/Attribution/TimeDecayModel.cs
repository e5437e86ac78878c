namespace Payoff.Core.Attribution;

/// <summary>Weight 2^(−Δt / half-life), Δt the days from the touch to the conversion, normalised per conversion; needs dated touches.</summary>
/// <param name="halfLifeDays">The half-life in days (default 7).</param>
public sealed class TimeDecayModel(double halfLifeDays = 7) : WeightedModel
{
    /// <summary>The half-life in days.</summary>
    public double HalfLifeDays { get; } = halfLifeDays > 0 ? halfLifeDays : throw new ArgumentOutOfRangeException(nameof(halfLifeDays), "The half-life must be positive.");

    /// <inheritdoc />
    public override string Name => "time-decay";

    /// <inheritdoc />
    protected override double[]? Weights(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (journey.DaysBefore is not { } days)
        {
            return null;
        }

        var raw = days.Select(d => Math.Pow(2, -Math.Max(0, d) / HalfLifeDays)).ToArray();
        var sum = raw.Sum();
        return [.. raw.Select(r => r / sum)];
    }
}
