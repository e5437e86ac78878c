namespace Payoff.Core.Statistics;

/// <summary>
/// The midranks of two sorted samples pooled: the first sample's rank sum, and Σ(t³ − t) over the
/// groups of t equal values — pooled (for the test's σ) and within each sample alone (for σ of the
/// shifted samples between two pairwise differences, where no value of one equals one of the other).
/// </summary>
internal sealed record Ranks(double FirstRankSum, double AllTies, double WithinTies, bool HasTies)
{
    public static Ranks Of(double[] sortedX, double[] sortedY)
    {
        double rankSum = 0, allTies = 0;
        int i = 0, j = 0, rank = 0;
        while (i < sortedX.Length || j < sortedY.Length)
        {
            var value = j == sortedY.Length || (i < sortedX.Length && sortedX[i] <= sortedY[j]) ? sortedX[i] : sortedY[j];
            var fromX = 0;
            var fromY = 0;
            while (i < sortedX.Length && sortedX[i] == value)
            {
                i++;
                fromX++;
            }

            while (j < sortedY.Length && sortedY[j] == value)
            {
                j++;
                fromY++;
            }

            double t = fromX + fromY;
            rankSum += fromX * (rank + ((t + 1) / 2));
            allTies += (t * t * t) - t;
            rank += fromX + fromY;
        }

        var within = TieSum(sortedX) + TieSum(sortedY);
        return new Ranks(rankSum, allTies, within, allTies > 0);
    }

    private static double TieSum(double[] sorted)
    {
        double sum = 0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            double t = end - start;
            sum += (t * t * t) - t;
            start = end;
        }

        return sum;
    }
}
