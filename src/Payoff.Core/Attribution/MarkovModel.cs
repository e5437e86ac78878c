using MathNet.Numerics.LinearAlgebra;

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
        var paths = journeys.Where(j => j.Keys.Count > 0 && (j.Conversions > 0 || j.Nulls > 0)).Select(j => (States: (IReadOnlyList<string[]>)States(j.Collapsed), j.Conversions, j.Value, j.Nulls)).ToList();
        var total = journeys.Where(j => j.Keys.Count > 0).Sum(j => j.Conversions);
        var totalValue = journeys.Where(j => j.Keys.Count > 0).Sum(j => j.Value);
        var channels = journeys.SelectMany(j => j.Keys).Distinct(StringComparer.Ordinal).ToList();
        var chain = new Chain([.. paths.Select(p => (p.States, (double)p.Conversions, (double)p.Nulls))]);
        var byCount = RemovalEffects(chain, channels, null);
        var byValue = totalValue == 0 ? channels.ToDictionary(c => c, _ => 0.0, StringComparer.Ordinal) : RemovalEffects(chain, channels, chain.MeanValues(paths, totalValue));
        var sumCount = byCount.Values.Sum();
        var sumValue = byValue.Values.Sum();
        var sums = channels.ToDictionary(
            c => c,
            c => (sumCount == 0 ? 0 : byCount[c] / sumCount * total, sumValue == 0 ? 0m : AttributionResult.Part(totalValue, byValue[c] / sumValue)),
            StringComparer.Ordinal);
        return AttributionResult.From(Name, sums, total, totalValue, byCount, sumCount == 0 && total > 0 ? "No channel changes the probability of converting: nothing to credit." : null);
    }

    /// <summary>The probability of converting from START, exactly, with <paramref name="removed"/> sent to NULL.</summary>
    public static double ConversionProbability(IReadOnlyList<(IReadOnlyList<string[]> States, double Conversions, double Nulls)> paths, string? removed) =>
        new Chain(paths).Probability(removed, null);

    /// <summary>
    /// The removal effect of each channel on the chain's conversion probability or, with
    /// <paramref name="means"/> (each state's mean conversion value), on its value.
    /// </summary>
    private static Dictionary<string, double> RemovalEffects(Chain chain, List<string> channels, double[]? means)
    {
        // The chain's transitions are counted once; each removal only blocks states and solves again.
        var baseline = chain.Probability(null, means);
        return channels.ToDictionary(
            c => c,
            c => baseline <= 0 ? 0 : Math.Max(0, 1 - (chain.Probability(c, means) / baseline)),
            StringComparer.Ordinal);
    }

    /// <summary>The absorbing chain of a set of paths: transient states START and the channel tuples, absorbing CONVERSION and NULL.</summary>
    private sealed class Chain
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal) { ["\u0001START"] = 0 };
        private readonly Dictionary<(int From, int To), double> transitions = [];
        private readonly Dictionary<int, double> toConversion = [];
        private readonly Dictionary<int, double> outgoing = [];

        public Chain(IReadOnlyList<(IReadOnlyList<string[]> States, double Conversions, double Nulls)> paths)
        {
            ArgumentNullException.ThrowIfNull(paths);
            foreach (var (states, conversions, nulls) in paths)
            {
                var from = 0;
                var weight = conversions + nulls;
                if (weight <= 0)
                {
                    continue;
                }

                foreach (var state in states)
                {
                    var key = Key(state);
                    if (!index.TryGetValue(key, out var to))
                    {
                        to = index[key] = index.Count;
                    }

                    transitions[(from, to)] = transitions.GetValueOrDefault((from, to)) + weight;
                    outgoing[from] = outgoing.GetValueOrDefault(from) + weight;
                    from = to;
                }

                toConversion[from] = toConversion.GetValueOrDefault(from) + conversions;
                outgoing[from] = outgoing.GetValueOrDefault(from) + weight;
            }
        }

        /// <summary>
        /// Each state's mean conversion value μ(l) — the value of the conversions whose paths end in l over
        /// their number — divided by <paramref name="totalValue"/>: a ratio of values, so the same whatever
        /// unit the money is written in (0 for a state no conversion ends in).
        /// </summary>
        public double[] MeanValues(IEnumerable<(IReadOnlyList<string[]> States, long Conversions, decimal Value, long Nulls)> paths, decimal totalValue)
        {
            var values = new decimal[index.Count];
            var conversions = new long[index.Count];
            foreach (var (states, count, value, _) in paths)
            {
                if (count > 0 && states.Count > 0)
                {
                    var last = index[Key(states[^1])];
                    values[last] += value;
                    conversions[last] += count;
                }
            }

            return [.. values.Select((v, i) => conversions[i] == 0 ? 0 : (double)(v / totalValue) / conversions[i])];
        }

        /// <summary>
        /// P(absorbed in CONVERSION from START) or, with <paramref name="means"/>, the expected value
        /// Σ_l P(convert from l) · μ(l): solving (I − Q)x = r, r_l = P(l → CONVERSION) (· μ(l)), with the
        /// states holding <paramref name="removed"/> sent to NULL.
        /// </summary>
        public double Probability(string? removed, double[]? means)
        {
            var n = index.Count;
            var blocked = new bool[n];
            if (removed is not null)
            {
                foreach (var (key, i) in index)
                {
                    blocked[i] = i != 0 && key.Split('\u0000').Contains(removed, StringComparer.Ordinal);
                }
            }

            var a = Matrix<double>.Build.Dense(n, n);
            var r = Vector<double>.Build.Dense(n);
            for (var i = 0; i < n; i++)
            {
                a[i, i] = 1;
                if (!blocked[i] && outgoing.GetValueOrDefault(i) > 0)
                {
                    r[i] = toConversion.GetValueOrDefault(i) / outgoing[i] * (means?[i] ?? 1);
                }
            }

            foreach (var ((from, to), count) in transitions)
            {
                if (!blocked[from] && !blocked[to])
                {
                    a[from, to] -= count / outgoing[from];
                }
            }

            return a.Solve(r)[0];
        }
    }

    private List<string[]> States(IReadOnlyList<string> collapsed)
    {
        var states = new List<string[]>(collapsed.Count);
        for (var i = 0; i < collapsed.Count; i++)
        {
            var first = Math.Max(0, i - Order + 1);
            states.Add([.. collapsed.Skip(first).Take(i - first + 1)]);
        }

        return states;
    }

    private static string Key(string[] state) => string.Join('\u0000', state);
}
