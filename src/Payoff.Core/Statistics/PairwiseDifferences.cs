namespace Payoff.Core.Statistics;

/// <summary>
/// The n₁·n₂ differences xᵢ − yⱼ between two samples, queried by rank without being stored. Row i of the differences
/// falls as j rises, and the column where a row crosses a value only moves right as i rises, so the differences at or
/// below a value are counted in one O(n₁ + n₂) walk of the two sorted samples. A rank is selected the way Floyd and
/// Rivest select from an array (CACM 18(3), 1975, "Algorithm 489"), applied to this implicitly sorted matrix as in
/// Johnson and Mizoguchi (SIAM J. Comput. 7(2), 1978): each round samples the candidates left, takes two pivots either
/// side of where the wanted rank falls in the sample, and keeps in each row only the columns between them — about a
/// sixth of the candidates survive a round, so some six walks (each only over the columns still in play) reach a few thousand candidates, which are sorted
/// outright. Expected O((n₁ + n₂) log(n₁n₂)) time and O(n₁) memory, against 64 walks for bisecting on the doubles' bits.
/// </summary>
/// <remarks>
/// The answer is exactly one of the differences as the machine computes it (xᵢ − yⱼ rounded to a double), the same value
/// that sorting all of them would give: rounding is monotone, so xᵢ − yⱼ never falls as xᵢ rises or as yⱼ falls, which
/// the counting walk relies on. The pivots come from a seeded generator, so a run is repeatable; the pivots only decide
/// how fast the candidates shrink, never which difference is returned.
/// </remarks>
internal sealed class PairwiseDifferences
{
    // Candidates left when they are gathered and sorted; candidates sampled per round; the pivots' distance from the
    // wanted rank's place in the sorted sample, in standard deviations of that place (√sample).
    private const int SortBelow = 4096;
    private const int Sample = 1024;
    private const double Margin = 2.5;

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
    public double Median()
    {
        if (Count % 2 == 1)
        {
            return OrderStatistic((Count + 1) / 2);
        }

        var k = Count / 2;
        var lower = OrderStatistic(k);
        return (lower + (CountAtMost(lower) > k ? lower : SmallestAbove(lower))) / 2;
    }

    /// <summary>The <paramref name="k"/>-th smallest difference, k from 1 to <see cref="Count"/>.</summary>
    public double OrderStatistic(long k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Count);
        var (n1, n2) = (x.Length, y.Length);

        // Row i's candidates are its columns [lo[i], hi[i]): columns left of lo[i] lie above the answer, columns from
        // hi[i] on below it, and every difference ruled out lies strictly beyond every candidate.
        var lo = new int[n1];
        var hi = new int[n1];
        Array.Fill(hi, n2);
        var atMostHigh = new int[n1];
        var belowLow = new int[n1];
        var positions = new long[Sample];
        var sample = new double[Sample];
        var random = new Random(unchecked((int)k));
        var (below, left) = (0L, Count);
        var single = false;
        while (left > SortBelow)
        {
            // Sample positions among the candidates (row by row, column by column), one at random in each of Sample equal
            // strata — sorted as drawn, and closer to the candidates' quantiles than independent draws — then found in one
            // sweep of the rows.
            var stratum = (double)left / Sample;
            for (var s = 0; s < Sample; s++)
            {
                positions[s] = Math.Min(left - 1, (long)((s + random.NextDouble()) * stratum));
            }

            long start = 0;
            for (int i = 0, s = 0; i < n1 && s < Sample; i++)
            {
                var end = start + (hi[i] - lo[i]);
                for (; s < Sample && positions[s] < end; s++)
                {
                    sample[s] = x[i] - y[lo[i] + (int)(positions[s] - start)];
                }

                start = end;
            }

            Array.Sort(sample);
            var place = (double)(k - below) / left * Sample;
            var spread = single ? 0 : Margin * Math.Sqrt(Sample);
            var low = sample[Math.Clamp((int)Math.Floor(place - spread), 0, Sample - 1)];
            var high = single ? low : sample[Math.Clamp((int)Math.Ceiling(place + spread), 0, Sample - 1)];

            long atMost = 0, under = 0;
            for (int i = 0, jHigh = 0, jLow = 0; i < n1; i++)
            {
                // Columns left of lo[i] lie above high and columns from hi[i] on below low: only the window is walked.
                jHigh = Math.Max(jHigh, lo[i]);
                while (jHigh < hi[i] && x[i] - y[jHigh] > high)
                {
                    jHigh++;
                }

                jLow = Math.Max(jLow, jHigh);
                while (jLow < hi[i] && x[i] - y[jLow] >= low)
                {
                    jLow++;
                }

                (atMostHigh[i], belowLow[i]) = (jHigh, jLow);
                atMost += n2 - jHigh;
                under += n2 - jLow;
            }

            if (k > under && k <= atMost && low == high)
            {
                return low;
            }

            for (var i = 0; i < n1; i++)
            {
                if (k <= under)
                {
                    lo[i] = belowLow[i];
                }
                else if (k > atMost)
                {
                    hi[i] = atMostHigh[i];
                }
                else
                {
                    (lo[i], hi[i]) = (atMostHigh[i], belowLow[i]);
                }
            }

            var before = left;
            (below, left) = (0, 0);
            for (var i = 0; i < n1; i++)
            {
                below += n2 - hi[i];
                left += hi[i] - lo[i];
            }

            // Two pivots may keep every candidate (few distinct values); one pivot at the rank's place always removes itself.
            single = left == before;
        }

        var rest = new double[left];
        for (int i = 0, at = 0; i < n1; i++)
        {
            for (var j = lo[i]; j < hi[i]; j++)
            {
                rest[at++] = x[i] - y[j];
            }
        }

        Array.Sort(rest);
        return rest[k - below - 1];
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

    // The smallest difference above d: in each row, the last column whose difference is still above d.
    private double SmallestAbove(double d)
    {
        var smallest = double.PositiveInfinity;
        var j = 0;
        foreach (var xi in x)
        {
            while (j < y.Length && xi - y[j] > d)
            {
                j++;
            }

            if (j > 0)
            {
                smallest = Math.Min(smallest, xi - y[j - 1]);
            }
        }

        return smallest;
    }
}
