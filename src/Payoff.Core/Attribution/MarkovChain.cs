using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;

namespace Payoff.Core.Attribution;

/// <summary>
/// The absorbing chain of <see cref="MarkovModel"/>, over integer channel ids: transient states START (0) and
/// the channel tuples, numbered in the order paths first reach them; absorbing CONVERSION and NULL. The
/// transitions are counted once; each removal blocks the states holding a channel and solves the same
/// matrix for the conversion probability and, with each state's mean value, the chain's value together.
/// </summary>
internal sealed class MarkovChain
{
    private readonly Dictionary<MarkovState, int> index = [];
    private readonly List<MarkovState> states = [default];
    private readonly Dictionary<(int From, int To), double> transitions = [];
    private readonly List<double> toConversion = [0];
    private readonly List<double> outgoing = [0];
    private readonly List<decimal> values = [0];
    private readonly List<long> conversions = [0];

    /// <summary>The transient states, START included.</summary>
    public int Count => states.Count;

    /// <summary>
    /// Adds a path of <paramref name="path"/> states weighted by its conversions and nulls, and returns its last
    /// state (−1 when the path has no weight: it adds nothing).
    /// </summary>
    public int Add(ReadOnlySpan<MarkovState> path, double pathConversions, double nulls)
    {
        var weight = pathConversions + nulls;
        if (weight <= 0)
        {
            return -1;
        }

        var from = 0;
        foreach (var state in path)
        {
            ref var to = ref CollectionsMarshal.GetValueRefOrAddDefault(index, state, out var known);
            if (!known)
            {
                to = states.Count;
                states.Add(state);
                toConversion.Add(0);
                outgoing.Add(0);
                values.Add(0);
                conversions.Add(0);
            }

            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(transitions, (from, to), out _);
            count += weight;
            outgoing[from] += weight;
            from = to;
        }

        toConversion[from] += pathConversions;
        outgoing[from] += weight;
        return from;
    }

    /// <summary>Counts <paramref name="pathConversions"/> conversions worth <paramref name="value"/> towards the mean value of <paramref name="state"/>, where their paths end.</summary>
    public void AddValue(int state, long pathConversions, decimal value)
    {
        values[state] += value;
        conversions[state] += pathConversions;
    }

    /// <summary>
    /// Each state's mean conversion value μ(l) — the value of the conversions whose paths end in l over their
    /// number — divided by <paramref name="totalValue"/>: a ratio of values, so the same whatever unit the money
    /// is written in (0 for a state no conversion ends in).
    /// </summary>
    public double[] MeanValues(decimal totalValue) =>
        [.. values.Select((v, i) => conversions[i] == 0 ? 0 : (double)(v / totalValue) / conversions[i])];

    /// <summary>
    /// P(absorbed in CONVERSION from START) and, with <paramref name="means"/>, the expected value
    /// Σ_l P(convert from l) · μ(l) (else 0): one factorisation of I − Q solves (I − Q)x = r for
    /// r_l = P(l → CONVERSION) and for r_l · μ(l), with the states holding channel <paramref name="removed"/>
    /// sent to NULL.
    /// </summary>
    public (double Probability, double Value) Solve(int? removed, double[]? means)
    {
        var n = states.Count;
        var blocked = new bool[n];
        if (removed is { } channel)
        {
            for (var i = 1; i < n; i++)
            {
                blocked[i] = states[i].Contains(channel);
            }
        }

        var a = Matrix<double>.Build.Dense(n, n);
        var r = Vector<double>.Build.Dense(n);
        var rv = means is null ? null : Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            a[i, i] = 1;
            if (!blocked[i] && outgoing[i] > 0)
            {
                r[i] = toConversion[i] / outgoing[i];
                if (rv is not null)
                {
                    rv[i] = toConversion[i] / outgoing[i] * means![i];
                }
            }
        }

        foreach (var ((from, to), count) in transitions)
        {
            if (!blocked[from] && !blocked[to])
            {
                a[from, to] -= count / outgoing[from];
            }
        }

        var lu = a.LU();
        return (lu.Solve(r)[0], rv is null ? 0 : lu.Solve(rv)[0]);
    }
}
