using System.Globalization;

namespace Payoff.Core.Statistics;

/// <summary>The checks every test of samples of per-post values makes before it computes anything.</summary>
internal static class FiniteSample
{
    /// <summary>A sorted copy of <paramref name="values"/>, refused when empty or holding NaN or an infinity (values given in order are not sorted again).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The sample is empty or a value is not a finite number.</exception>
    public static double[] Sorted(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0)
        {
            throw new ArgumentException("The sample is empty: give at least one post's value.", name);
        }

        var sorted = new double[values.Count];
        var ordered = true;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Value {i} (counting from 0) is {values[i]}, not a finite number: leave out posts without a rate (no basis) rather than pass NaN or an infinity."), name);
            }

            sorted[i] = values[i];
            ordered &= i == 0 || sorted[i - 1] <= sorted[i];
        }

        if (!ordered)
        {
            Array.Sort(sorted);
        }

        return sorted;
    }
}
