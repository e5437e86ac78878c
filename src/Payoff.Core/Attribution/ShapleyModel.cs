namespace Payoff.Core.Attribution;

/// <summary>
/// The Shapley value with the worth v(S) = conversions (value) of the journeys whose channel set lies
/// within S (reference §6). Its efficient form: each converting journey's conversions and value are
/// divided equally among its distinct channels (Zhao et al. 2018). <see cref="BruteForce"/> computes
/// the definition over all coalitions, to prove they agree.
/// </summary>
public sealed class ShapleyModel : IAttributionModel
{
    /// <summary>The most channels <see cref="BruteForce"/> handles (2ⁿ coalitions).</summary>
    public const int MaxBruteForceChannels = 16;

    /// <inheritdoc />
    public string Name => "shapley";

    /// <inheritdoc />
    public AttributionResult Attribute(IReadOnlyList<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var sums = new Dictionary<string, (double Conversions, decimal Value)>(StringComparer.Ordinal);
        long total = 0;
        decimal value = 0;
        foreach (var journey in journeys.Where(j => j.Conversions > 0 && j.Keys.Count > 0))
        {
            total += journey.Conversions;
            value += journey.Value;
            var distinct = journey.Keys.Distinct(StringComparer.Ordinal).ToList();

            // A share, not a decimal division: a quotient rounded to decimal's 28 digits keeps one digit more
            // for a value written in cents, so credits would not scale with the unit.
            var share = 1.0 / distinct.Count;
            foreach (var channel in distinct)
            {
                var (c, v) = sums.GetValueOrDefault(channel);
                sums[channel] = (c + ((double)journey.Conversions / distinct.Count), v + AttributionResult.Part(journey.Value, share));
            }
        }

        return AttributionResult.From(Name, sums, total, value);
    }

    /// <summary>The Shapley value of each channel by its definition: φᵢ = Σ over S ⊆ N∖{i} of |S|!(n−|S|−1)!/n! · [v(S∪{i}) − v(S)].</summary>
    public static IReadOnlyDictionary<string, double> BruteForce(IReadOnlyList<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var channels = journeys.SelectMany(j => j.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var n = channels.Count;
        if (n > MaxBruteForceChannels)
        {
            throw new ArgumentException($"The definition needs 2^n coalitions; {n} channels is more than {MaxBruteForceChannels}.", nameof(journeys));
        }

        // v over every coalition: the conversions of journeys whose channel set is that coalition, summed over subsets.
        var worth = new double[1 << n];
        foreach (var journey in journeys.Where(j => j.Conversions > 0 && j.Keys.Count > 0))
        {
            var mask = journey.Keys.Aggregate(0, (m, k) => m | (1 << channels.IndexOf(k)));
            worth[mask] += journey.Conversions;
        }

        for (var bit = 0; bit < n; bit++)
        {
            for (var mask = 0; mask < 1 << n; mask++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    worth[mask] += worth[mask ^ (1 << bit)];
                }
            }
        }

        var factorial = new double[n + 1];
        factorial[0] = 1;
        for (var i = 1; i <= n; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var phi = 0.0;
            for (var s = 0; s < 1 << n; s++)
            {
                if ((s & (1 << i)) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)s);
                phi += factorial[size] * factorial[n - size - 1] / factorial[n] * (worth[s | (1 << i)] - worth[s]);
            }

            result[channels[i]] = phi;
        }

        return result;
    }
}
