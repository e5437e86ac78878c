using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

/// <summary>
/// The rank-sum test against published R output and against the exact distribution and normal
/// approximation worked out in the tests themselves.
/// </summary>
public sealed class RankSumTestTests
{
    // R's ?wilcox.test example (Hollander and Wolfe 1973, p. 69): permeability constants of the
    // placental membrane at term (x) and 12–26 weeks' gestation (y).
    private static readonly double[] Term = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] Early = [1.15, 0.88, 0.90, 0.74, 1.21];

    [Fact]
    public void The_Hollander_and_Wolfe_example_gives_R_s_W_of_35_and_an_exact_p_of_twice_0_1272()
    {
        var result = RankSumTest.Compare(Term, Early);

        // R: "W = 35, p-value = 0.1272" for alternative = "greater"; two-sided doubles it.
        Assert.True(result.IsExact);
        Assert.Null(result.Z);
        Assert.Equal(90, result.RankSum);
        Assert.Equal(35, result.U);
        Assert.Equal(0.2544, result.PValue, 4);

        // Enumerating all C(15, 5) = 3003 placements of the second group's ranks: 382 give U ≥ 35.
        var counts = ExactCounts(10, 5);
        Assert.Equal(3003, counts.Sum());
        Assert.Equal(382, counts.Skip(35).Sum());
        Assert.Equal(2 * 382 / 3003.0, result.PValue, 12);
        Assert.Equal(35 / 50.0, result.ProbabilityFirstHigher, 12);
    }

    [Fact]
    public void The_Hollander_and_Wolfe_shift_is_the_median_of_the_50_differences_with_the_9th_and_42nd_as_its_interval()
    {
        var result = RankSumTest.Compare(Term, Early);

        // P(U ≤ 8) = 60/3003 = 0.0200 ≤ 0.025 < P(U ≤ 9) = 83/3003, so qwilcox(0.025, 10, 5) = 9:
        // the interval runs from the 9th to the (50 − 9 + 1) = 42nd smallest difference.
        var counts = ExactCounts(10, 5);
        Assert.Equal(60, counts.Take(9).Sum());
        Assert.Equal(83, counts.Take(10).Sum());
        var differences = Term.SelectMany(x => Early.Select(y => x - y)).Order().ToArray();
        Assert.Equal((differences[24] + differences[25]) / 2, result.Shift, 12);
        Assert.Equal(0.305, result.Shift, 12);
        Assert.Equal(differences[8], result.ShiftLow);
        Assert.Equal(differences[41], result.ShiftHigh);
        Assert.Equal(-0.15, result.ShiftLow, 12);
        Assert.Equal(0.76, result.ShiftHigh, 12);
        Assert.Equal(1 - (2 * 60 / 3003.0), result.ShiftCoverage, 12);
    }

    [Fact]
    public void Four_against_five_posts_give_the_shift_and_exact_interval_worked_by_hand()
    {
        double[] x = [12, 15, 19, 23];
        double[] y = [8, 10, 13, 14, 20];

        // The 20 differences x − y, row by row:
        //   12: 4, 2, −1, −2, −8    15: 7, 5, 2, 1, −5    19: 11, 9, 6, 5, −1    23: 15, 13, 10, 9, 3
        // sorted: −8 −5 −2 −1 −1 1 2 2 3 4 | 5 5 6 7 9 9 10 11 13 15.
        var result = RankSumTest.Compare(x, y);
        Assert.True(result.IsExact);
        Assert.Equal(4.5, result.Shift, 12);

        // C(9, 4) = 126 orderings; U = 0, 1, 2 … 5 in 1, 1, 2, 3, 5, 6 of them. P(U ≤ 1) = 2/126 ≤ 0.025
        // < P(U ≤ 2) = 4/126, so qu = 2 and the interval is the 2nd to the 19th difference.
        Assert.Equal([1, 1, 2, 3, 5, 6], ExactCounts(4, 5).Take(6));
        Assert.Equal(-5, result.ShiftLow, 12);
        Assert.Equal(13, result.ShiftHigh, 12);
        Assert.Equal(1 - (4 / 126.0), result.ShiftCoverage, 12);

        // Pooled: 8 10 [12] 13 14 [15] [19] 20 [23], so x's ranks are 3, 6, 7, 9: rank sum 25, U = 25 − 10 = 15,
        // the pairs x wins: 12 beats 8, 10; 15 beats 8, 10, 13, 14; 19 beats all but 20; 23 beats all five.
        Assert.Equal(2 + 4 + 4 + 5, result.U);
        Assert.Equal(25, result.RankSum);

        // U = 15 > 10: P(U ≥ 15) = P(U ≤ 5) = 18/126, doubled.
        Assert.Equal(2 * 18 / 126.0, result.PValue, 12);
    }

    [Fact]
    public void Tied_posts_use_the_normal_approximation_with_tie_and_continuity_correction()
    {
        double[] x = [1, 2, 2, 3, 5];
        double[] y = [2, 3, 4, 4, 6, 7];

        // Pooled: 1 | 2 2 2 | 3 3 | 4 4 | 5 | 6 | 7 → midranks 1, 3, 5.5, 7.5, 9, 10, 11.
        // x's ranks 1 + 3 + 3 + 5.5 + 9 = 21.5; U = 21.5 − 15 = 6.5.
        // Ties: 3³ − 3 + 2³ − 2 + 2³ − 2 = 36; σ² = 30/12 · (12 − 36/110).
        // z = (6.5 − 15 + ½) / σ; p = 2Φ(−|z|).
        var sigma = Math.Sqrt(30 / 12.0 * (12 - (36 / 110.0)));
        var z = (6.5 - 15 + 0.5) / sigma;
        var result = RankSumTest.Compare(x, y);

        Assert.False(result.IsExact);
        Assert.Equal(21.5, result.RankSum);
        Assert.Equal(6.5, result.U);
        Assert.Equal(-1.4809275530712105, z, 12);
        Assert.Equal(z, result.Z ?? double.NaN, 12);
        Assert.Equal(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, z), result.PValue, 12);
        Assert.Equal(0.1386, result.PValue, 4);
        Assert.Equal(0.95, result.ShiftCoverage);
    }

    [Fact]
    public void Tied_posts_get_the_interval_where_R_s_root_finding_lands()
    {
        double[] x = [1, 2, 2, 3, 5];
        double[] y = [2, 3, 4, 4, 6, 7];
        var result = RankSumTest.Compare(x, y);

        // The 30 differences sorted: −6 −5 −5 −5 −4 −4 −4 −3 −3 −3 −2 −2 −2 −2 −2 | −2 −1 −1 −1 −1 −1 −1 0 0 0 1 1 1 2 3.
        Assert.Equal(-2, result.Shift);

        // Between two differences only the ties within each group remain: 2³ − 2 (the 2s) + 2³ − 2 (the 4s)
        // = 12, σ = √(30/12 · (12 − 12/110)). With k differences at or below the shift, z = (15 − k − ½·sign)/σ;
        // it first falls below 1.96 at k = 4 (15 − 4 − ½ = 10.5 < 1.96σ = 10.69 < 15 − 3 − ½), the 4th
        // difference −5; and below −1.96 at k = 27 (15 − 27 + ½ = −11.5), the 27th difference, 1.
        var sigma = Math.Sqrt(30 / 12.0 * (12 - (12 / 110.0)));
        Assert.InRange(1.959964 * sigma, 10.5, 11.5);
        Assert.Equal(-5, result.ShiftLow);
        Assert.Equal(1, result.ShiftHigh);
    }

    [Theory]
    [InlineData(new double[] { 12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5 }, 51.5, 0.5966)]
    [InlineData(new double[] { 1233, 4356, 987, 39999, 1111, 200000 }, 0, 0.001364)]
    public void Published_R_output_with_ties_is_matched(double[] y, double w, double p)
    {
        // R 2.x output quoted on endmemo.com/r/wilcoxon.php: "W = 51.5, p-value = 0.5966" and
        // "W = 0, p-value = 0.001364" (the first sample holds 21 twice, so both use the normal approximation).
        double[] x = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];
        var result = RankSumTest.Compare(x, y);
        Assert.False(result.IsExact);
        Assert.Equal(w, result.U);
        Assert.Equal(p, result.PValue, p < 0.01 ? 6 : 4);
    }

    [Fact]
    public void Fifty_posts_a_group_switch_to_the_normal_approximation_even_without_ties()
    {
        var x = Enumerable.Range(0, 50).Select(i => i + 0.25).ToArray();
        var y = Enumerable.Range(0, 50).Select(i => i + 0.5).ToArray();
        var result = RankSumTest.Compare(x, y);

        // x's i-th value lies below y's i-th: x wins (i, j) exactly when j < i, so U = 0 + 1 + … + 49 = 1225.
        // No ties: σ² = 2500 · 101 / 12; z = (1225 − 1250 + ½)/σ.
        Assert.False(result.IsExact);
        Assert.Equal(1225, result.U);
        Assert.Equal(-24.5 / Math.Sqrt(2500 * 101 / 12.0), result.Z ?? double.NaN, 12);
        Assert.True(RankSumTest.Compare(x.Take(49).ToArray(), y.Take(49).ToArray()).IsExact);
    }

    [Fact]
    public void Fully_separated_groups_of_49_get_the_exact_p_of_two_orderings_in_C_98_49()
    {
        var x = Enumerable.Range(100, 49).Select(i => (double)i).ToArray();
        var y = Enumerable.Range(0, 49).Select(i => (double)i).ToArray();
        var result = RankSumTest.Compare(x, y);

        // C(98, 49) = 25 477 612 258 980 856 902 730 428 600; only one ordering is this extreme each way.
        Assert.True(result.IsExact);
        Assert.Equal(49 * 49, result.U);
        Assert.Equal(1, result.ProbabilityFirstHigher);
        var expected = 2 / 25477612258980856902730428600.0;
        Assert.Equal(1, result.PValue / expected, 9);
    }

    [Fact]
    public void Swapping_the_groups_flips_the_shift_and_keeps_the_p_value()
    {
        double[][] firsts = [Term, [1, 2, 2, 3, 5], Spread(60, 3)];
        double[][] seconds = [Early, [2, 3, 4, 4, 6, 7], Spread(70, 5)];
        for (var i = 0; i < firsts.Length; i++)
        {
            var forward = RankSumTest.Compare(firsts[i], seconds[i]);
            var back = RankSumTest.Compare(seconds[i], firsts[i]);
            Assert.Equal(forward.PValue, back.PValue, 12);
            Assert.Equal(-forward.Shift, back.Shift, 12);
            Assert.Equal(-forward.ShiftHigh, back.ShiftLow, 12);
            Assert.Equal(-forward.ShiftLow, back.ShiftHigh, 12);
            Assert.Equal(1 - forward.ProbabilityFirstHigher, back.ProbabilityFirstHigher, 12);
            Assert.Equal(-(forward.Z ?? 0), back.Z ?? 0, 12);
        }
    }

    [Fact]
    public void Adding_a_constant_to_the_second_group_moves_the_shift_and_its_interval_by_it_and_nothing_else()
    {
        double[][] seconds = [Early, [2, 3, 4, 4, 6, 7], Spread(70, 5)];
        double[][] firsts = [Term, [1, 2, 2, 3, 5], Spread(60, 3)];
        for (var i = 0; i < firsts.Length; i++)
        {
            var before = RankSumTest.Compare(firsts[i], seconds[i]);
            var after = RankSumTest.Compare(firsts[i].Select(v => v + 0.5).ToArray(), seconds[i].Select(v => v + 0.5 + 0.25).ToArray());
            Assert.Equal(before.Shift - 0.25, after.Shift, 9);
            Assert.Equal(before.ShiftLow - 0.25, after.ShiftLow, 9);
            Assert.Equal(before.ShiftHigh - 0.25, after.ShiftHigh, 9);

            var moved = RankSumTest.Compare(firsts[i], seconds[i].Select(v => v + 2).ToArray());
            Assert.Equal(before.Shift - 2, moved.Shift, 9);
        }
    }

    [Fact]
    public void A_thousand_posts_a_group_give_the_median_and_interval_of_all_million_differences()
    {
        var random = new Random(17);
        var x = Enumerable.Range(0, 1000).Select(_ => Math.Round(random.NextDouble() * 0.08, 4)).ToArray();
        var y = Enumerable.Range(0, 1000).Select(_ => Math.Round(random.NextDouble() * 0.07, 4)).ToArray();
        var result = RankSumTest.Compare(x, y);

        var differences = new double[1_000_000];
        for (var i = 0; i < 1000; i++)
        {
            for (var j = 0; j < 1000; j++)
            {
                differences[(i * 1000) + j] = x[i] - y[j];
            }
        }

        Array.Sort(differences);
        Assert.False(result.IsExact);
        Assert.Equal((differences[499_999] + differences[500_000]) / 2, result.Shift);
        Assert.Equal(result.U, differences.Count(d => d > 0) + (differences.Count(d => d == 0) / 2.0));

        // The interval ends are differences whose rank k is the first where (N/2 − k − ½·sign)/σ passes ∓1.96.
        var within = Ties(x) + Ties(y);
        var sigma = Math.Sqrt(1_000_000 / 12.0 * (2001 - (within / (2000.0 * 1999))));
        Assert.Equal(differences[FirstBelow(1.959963984540054) - 1], result.ShiftLow);
        Assert.Equal(differences[FirstBelow(-1.959963984540054) - 1], result.ShiftHigh);

        int FirstBelow(double target)
        {
            var k = 0;
            while (Corrected(500_000.0 - k) >= target)
            {
                k++;
            }

            return k;
        }

        double Corrected(double dz) => (dz - (Math.Sign(dz) * 0.5)) / sigma;
    }

    [Theory]
    [InlineData(1, 12, 15)]
    [InlineData(2, 30, 8)]
    [InlineData(3, 55, 60)]
    [InlineData(4, 7, 90)]
    public void The_normal_interval_is_the_root_R_s_uniroot_approximates(int seed, int n1, int n2)
    {
        // R's procedure, done slowly: bisect on d for where z(d) − zq changes sign, z(d) the corrected
        // statistic recomputed from the ranks of c(x − d, y); it converges on the step our answer names.
        var random = new Random(seed);
        var x = Enumerable.Range(0, n1).Select(_ => Math.Round(random.NextDouble() * 0.06, 3)).ToArray();
        var y = Enumerable.Range(0, n2).Select(_ => Math.Round(random.NextDouble() * 0.05, 3)).ToArray();
        var result = RankSumTest.Compare(x, y);

        Assert.False(result.IsExact);
        Assert.Equal(Root(1.959963984540054), result.ShiftLow, 9);
        Assert.Equal(Root(-1.959963984540054), result.ShiftHigh, 9);

        double Root(double zq)
        {
            double low = x.Min() - y.Max(), high = x.Max() - y.Min();
            if (Z(low) - zq <= 0)
            {
                return low;
            }

            if (Z(high) - zq >= 0)
            {
                return high;
            }

            for (var i = 0; i < 200; i++)
            {
                var middle = (low + high) / 2;
                (low, high) = Z(middle) - zq > 0 ? (middle, high) : (low, middle);
            }

            return (low + high) / 2;
        }

        double Z(double d)
        {
            var pooled = x.Select(v => v - d).Concat(y).ToArray();
            var rankSum = x.Select(v => v - d).Sum(v => pooled.Count(w => w < v) + ((pooled.Count(w => w == v) + 1) / 2.0));
            var dz = rankSum - (n1 * (n1 + 1) / 2.0) - (n1 * n2 / 2.0);
            var n = n1 + n2;
            var sigma = Math.Sqrt(n1 * n2 / 12.0 * ((n + 1) - (Ties(pooled) / (n * (n - 1.0)))));
            return (dz - (Math.Sign(dz) * 0.5)) / sigma;
        }
    }

    [Fact]
    public void Groups_where_every_post_has_the_same_value_have_no_difference_rather_than_NaN()
    {
        var result = RankSumTest.Compare([0.02, 0.02, 0.02], [0.02, 0.02]);
        Assert.Equal(1, result.PValue);
        Assert.Equal(0, result.Z);
        Assert.Equal(0.5, result.ProbabilityFirstHigher);
        Assert.Equal(0, result.Shift);
        Assert.Equal(0, result.ShiftLow);
        Assert.Equal(0, result.ShiftHigh);
    }

    [Fact]
    public void Empty_groups_and_values_that_are_not_numbers_are_refused_with_the_reason()
    {
        var empty = Assert.Throws<ArgumentException>(() => RankSumTest.Compare([], [1.0]));
        Assert.Equal("first", empty.ParamName);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);

        var nan = Assert.Throws<ArgumentException>(() => RankSumTest.Compare([1.0], [0.5, double.NaN]));
        Assert.Equal("second", nan.ParamName);
        Assert.Contains("Value 1 (counting from 0) is NaN", nan.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => RankSumTest.Compare([double.PositiveInfinity], [1.0]));
        Assert.Throws<ArgumentNullException>(() => RankSumTest.Compare(null!, [1.0]));
    }

    [Fact]
    public void The_exact_distribution_matches_enumeration_for_every_small_pair_of_sizes()
    {
        for (var m = 1; m <= 6; m++)
        {
            for (var n = 1; n <= 6; n++)
            {
                var counts = ExactCounts(m, n);
                var distribution = new RankSumDistribution(m, n);
                var total = counts.Sum();
                for (var u = 0; u <= m * n; u++)
                {
                    Assert.Equal(counts.Take(u + 1).Sum() / (double)total, distribution.AtMost(u), 12);
                    Assert.Equal(counts.Skip(u).Sum() / (double)total, distribution.AtLeast(u), 12);
                }
            }
        }
    }

    /// <summary>How many of the C(m + n, m) rank sets of the first group give each U, by listing them all.</summary>
    private static int[] ExactCounts(int m, int n)
    {
        var counts = new int[(m * n) + 1];
        Place(0, 0, 0);
        return counts;

        // Choose which of the ranks 1..m+n the first group holds; U = rank sum − m(m + 1)/2.
        void Place(int next, int chosen, int rankSum)
        {
            if (chosen == m)
            {
                counts[rankSum - (m * (m + 1) / 2)]++;
                return;
            }

            for (var rank = next + 1; rank <= m + n - (m - chosen - 1); rank++)
            {
                Place(rank, chosen + 1, rankSum + rank);
            }
        }
    }

    private static double[] Spread(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble() * 0.05, 3)).ToArray();
    }

    private static double Ties(double[] values) =>
        values.GroupBy(v => v).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
}
