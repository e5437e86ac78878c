using Payoff.Core.Statistics;

namespace Payoff.Core.Tests.Statistics;

public sealed class PairwiseDifferencesTests
{
    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(200, 150, 2)]
    [InlineData(400, 300, 1000)] // 120,000 differences: the sampling rounds run before the last few thousand are sorted
    [InlineData(350, 420, 3)] // three distinct values each: the two pivots often keep every candidate
    public void Every_rank_is_the_difference_sorting_them_all_would_give(int n1, int n2, int distinct)
    {
        var random = new Random(n1 * n2);
        var x = Sorted(n1, distinct, random);
        var y = Sorted(n2, distinct, random);
        var all = x.SelectMany(a => y.Select(b => a - b)).Order().ToArray();
        var differences = new PairwiseDifferences(x, y);

        foreach (var k in new long[] { 1, 2, all.Length / 3, (all.Length / 2) - 1, all.Length / 2, (all.Length / 2) + 1, all.Length - 7, all.Length }.Where(k => k >= 1 && k <= all.Length))
        {
            Assert.Equal(all[k - 1], differences.OrderStatistic(k));
        }

        var median = all.Length % 2 == 1 ? all[all.Length / 2] : (all[(all.Length / 2) - 1] + all[all.Length / 2]) / 2;
        Assert.Equal(median, differences.Median());
    }

    private static double[] Sorted(int n, int distinct, Random random) =>
        [.. Enumerable.Range(0, n).Select(_ => (random.Next(distinct) - (distinct / 3)) * 0.0137).Order()];
}
