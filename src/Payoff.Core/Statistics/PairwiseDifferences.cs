namespace Payoff.Core.Statistics;

/// <summary>
/// The n₁·n₂ differences xᵢ − yⱼ between two samples, queried by rank without being stored: the k-th
/// smallest is found by bisection on the ordered bit patterns of doubles, each step counting the
/// differences at or below a value in one O(n₁ + n₂) walk of the two sorted samples. So 64 walks at
/// most, whatever n₁·n₂ is — no cap on the sample sizes, no array of a million differences.
/// </summary>
/// <remarks>
/// The answer is exactly one of the differences as the machine computes it (xᵢ − yⱼ rounded to a
/// double), the same value that sorting all of them would give: rounding is monotone, so xᵢ − yⱼ
/// never falls as xᵢ rises or as yⱼ falls, which the counting walk relies on.
/// </remarks>
internal sealed class PairwiseDifferences
{
    private readonly double[] x;
    private readonly double[] y;

    /// <param name="sortedX">The first sample, ascending.</param>
    /// <param name="sortedY">The second sample, ascending.</param>
    public PairwiseDifferences(double[] sortedX, double[] sortedY)
    {
        x = sortedX;
        y = sortedY;
    }

    /// <summary>How many differences there are, n₁·n₂.</summary>
    public long Count => (long)x.Length * y.Length;

    /// <summary>The median of the differences (the mean of the two middle ones when their count is even).</summary>
    public double Median() => Count % 2 == 1
        ? OrderStatistic((Count + 1) / 2)
        : (OrderStatistic(Count / 2) + OrderStatistic((Count / 2) + 1)) / 2;

    /// <summary>The <paramref name="k"/>-th smallest difference, k from 1 to <see cref="Count"/>.</summary>
    public double OrderStatistic(long k)
    {
        var low = Key(x[0] - y[^1]);
        var high = Key(x[^1] - y[0]);
        while (low < high)
        {
            var middle = (long)(((Int128)low + high) >> 1);
            if (CountAtMost(Value(middle)) >= k)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Value(low);
    }

    private long CountAtMost(double d)
    {
        long count = 0;
        var j = 0;
        foreach (var xi in x)
        {
            while (j < y.Length && xi - y[j] > d)
            {
                j++;
            }

            count += y.Length - j;
        }

        return count;
    }

    // Doubles in order map to longs in order: positive ones keep their bits, negative ones negate their magnitude.
    private static long Key(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits >= 0 ? bits : -(bits & long.MaxValue);
    }

    private static double Value(long key) =>
        BitConverter.Int64BitsToDouble(key >= 0 ? key : -key | long.MinValue);
}
