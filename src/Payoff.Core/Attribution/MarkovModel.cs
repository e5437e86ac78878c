using System.Runtime.InteropServices;

namespace Payoff.Core.Attribution;

/// <summary>
/// The Markov chain removal-effect model (reference §6), computed exactly. States are START, the last
/// <see cref="Order"/> channels of the (repeat-collapsed) journey, CONVERSION and NULL; each journey adds
/// its transitions weighted by its conversions (ending in CONVERSION) and its nulls (ending in NULL).
/// P(conv) is the probability of absorbing in CONVERSION from START, solved from the linear system
/// (I − Q)x = r of the absorbing chain — no simulation. The removal effect of a channel is
/// 1 − P(conv with every state holding it sent to NULL) ÷ P(conv); conversions are credited in
/// proportion to the removal effects.
/// <para>
/// Value follows ChannelAttribution's definition, computed exactly: the chain stays the conversion chain
/// (never weighted by money); a conversion reached from state l carries μ(l), the mean value of the
/// conversions whose paths end in l; the chain's value is V = Σ_l P(convert from l) · μ(l); the value
/// removal effect of a channel is 1 − V(with it removed) ÷ V, and value is credited in proportion to those.
/// Only ratios of values enter the chain, so writing every value in cents multiplies every value credit by
/// exactly 100.
/// </para>
/// </summary>
/// <param name="order">The chain's order (1 by default; states are tuples of the last k channels).</param>
public sealed class MarkovModel(int order = 1) : IAttributionModel
{
    /// <summary>The order.</summary>
    public int Order { get; } = order is >= 1 and <= 4 ? order : throw new ArgumentOutOfRangeException(nameof(order), "The order must be 1 to 4.");

    /// <inheritdoc />
    public string Name => "markov";

    /// <inheritdoc />
    public AttributionResult Attribute(IReadOnlyList<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);

        // Channels become small integer ids once; journeys become distinct collapsed id paths, so the chain is
        // walked once per distinct path and never joins or hashes a string again.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var channels = new List<string>();
        var paths = new Dictionary<int[], (long Conversions, decimal Value, long Nulls)>(ChannelPathComparer.Instance);
        var lookup = paths.GetAlternateLookup<ReadOnlySpan<int>>();
        var buffer = new int[16];
        long total = 0;
        var totalValue = 0m;
        foreach (var journey in journeys)
        {
            var keys = journey.Keys;
            if (keys.Count == 0)
            {
                continue;
            }

            total += journey.Conversions;
            totalValue += journey.Value;
            if (buffer.Length < keys.Count)
            {
                buffer = new int[Math.Max(keys.Count, buffer.Length * 2)];
            }

            var length = 0;
            foreach (var key in keys)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var known);
                if (!known)
                {
                    id = channels.Count;
                    channels.Add(key);
                }

                if (length == 0 || buffer[length - 1] != id)
                {
                    buffer[length++] = id;
                }
            }

            if (journey.Conversions > 0 || journey.Nulls > 0)
            {
                ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, buffer.AsSpan(0, length), out _);
                sums = (sums.Conversions + journey.Conversions, journey.Conversions > 0 ? sums.Value + journey.Value : sums.Value, sums.Nulls + journey.Nulls);
            }
        }

        var chain = new MarkovChain();
        var states = new MarkovState[16];
        foreach (var (path, (conversions, value, nulls)) in paths)
        {
            if (states.Length < path.Length)
            {
                states = new MarkovState[Math.Max(path.Length, states.Length * 2)];
            }

            for (var i = 0; i < path.Length; i++)
            {
                var first = Math.Max(0, i - Order + 1);
                states[i] = MarkovState.Of(path.AsSpan(first, i - first + 1));
            }

            var last = chain.Add(states.AsSpan(0, path.Length), conversions, nulls);
            if (conversions > 0 && last > 0)
            {
                chain.AddValue(last, conversions, value);
            }
        }

        var means = totalValue == 0 ? null : chain.MeanValues(totalValue);
        var (baseline, baselineValue) = chain.Solve(null, means);
        var byCount = new Dictionary<string, double>(StringComparer.Ordinal);
        var byValue = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < channels.Count; c++)
        {
            var (probability, chainValue) = baseline > 0 || baselineValue > 0 ? chain.Solve(c, means) : (0, 0);
            byCount[channels[c]] = baseline <= 0 ? 0 : Math.Max(0, 1 - (probability / baseline));
            byValue[channels[c]] = means is null || baselineValue <= 0 ? 0 : Math.Max(0, 1 - (chainValue / baselineValue));
        }

        var sumCount = byCount.Values.Sum();
        var sumValue = byValue.Values.Sum();
        var credits = channels.ToDictionary(
            c => c,
            c => (sumCount == 0 ? 0 : byCount[c] / sumCount * total, sumValue == 0 ? 0m : AttributionResult.Part(totalValue, byValue[c] / sumValue)),
            StringComparer.Ordinal);
        return AttributionResult.From(Name, credits, total, totalValue, byCount, sumCount == 0 && total > 0 ? "No channel changes the probability of converting: nothing to credit." : null);
    }

    /// <summary>The probability of converting from START, exactly, with <paramref name="removed"/> sent to NULL.</summary>
    public static double ConversionProbability(IReadOnlyList<(IReadOnlyList<string[]> States, double Conversions, double Nulls)> paths, string? removed)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string channel)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, channel, out var known);
            id = known ? id : ids.Count - 1;
            return id;
        }

        var chain = new MarkovChain();
        foreach (var (states, conversions, nulls) in paths)
        {
            chain.Add([.. states.Select(s => MarkovState.Of([.. s.Select(Id)]))], conversions, nulls);
        }

        return chain.Solve(removed is null ? null : ids.GetValueOrDefault(removed, -1), null).Probability;
    }
}
