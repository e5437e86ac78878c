namespace Payoff.Core.Statistics;

/// <summary>
/// What <see cref="RankSumTest.Compare"/> found comparing two groups of posts by a per-post value
/// (a rate such as engagements ÷ impressions): the Wilcoxon rank-sum / Mann–Whitney U test
/// (two-sided), the common-language effect size and the Hodges–Lehmann shift with its 95 % interval.
/// Every number is what R's <c>wilcox.test(first, second, conf.int = TRUE)</c> reports, except where
/// a member says otherwise.
/// </summary>
/// <param name="FirstCount">n₁, the posts in the first group.</param>
/// <param name="SecondCount">n₂, the posts in the second group.</param>
/// <param name="RankSum">
/// Wilcoxon's rank sum: the sum of the first group's ranks among all n₁ + n₂ values, ranks from 1
/// for the smallest, tied values sharing the mean of their ranks.
/// </param>
/// <param name="U">
/// The Mann–Whitney U of the first group, <paramref name="RankSum"/> − n₁(n₁ + 1)/2: the number of
/// (first, second) pairs in which the first post's value is higher, a tie counting ½. From 0 to
/// n₁·n₂. This is the statistic R's <c>wilcox.test</c> prints as <c>W</c>.
/// </param>
/// <param name="Z">
/// The standard normal deviate of the normal approximation, (U − n₁n₂/2 − ½·sign(U − n₁n₂/2)) ÷ σ
/// with σ tie-corrected (positive when the first group ranks higher); null when the p-value is
/// exact. 0 when every value of both groups is the same (R gives NaN there).
/// </param>
/// <param name="PValue">
/// The two-sided p-value, from 0 to 1: how often groups that differ only by chance would give a U at
/// least this far from n₁n₂/2. 1 when every value is the same (R gives NaN there).
/// </param>
/// <param name="IsExact">
/// Whether <paramref name="PValue"/> and the shift's interval come from the exact null distribution
/// (both groups under 50 posts and no tied values anywhere, R's default) rather than the normal
/// approximation with tie and continuity correction.
/// </param>
/// <param name="ProbabilityFirstHigher">
/// The common-language effect size U ÷ (n₁n₂) = P(X &gt; Y) + ½·P(X = Y) for a random post X of the
/// first group and Y of the second (McGraw and Wong 1992; Vargha and Delaney's A): 0.5 is no
/// difference, 0.7 means the first group's post is the higher in 70 % of pairs. Plan with it in
/// <see cref="RankSumPower"/>.
/// </param>
/// <param name="Shift">
/// The Hodges–Lehmann estimate of how much higher the first group's values lie, in the values' unit
/// (a rate's fraction for rates): the median of the n₁·n₂ differences x − y (Hodges and Lehmann
/// 1963). R reports the same in the exact case; in the normal case R reports a root found by
/// <c>uniroot</c> (tolerance 10⁻⁴) of the uncorrected z, which lies within 10⁻⁴ of this median when
/// n₁n₂ is odd and anywhere between the two middle differences when it is even.
/// </param>
/// <param name="ShiftLow">
/// The lower end of the shift's confidence interval (the values' unit). Exact case: the qᵤ-th
/// smallest difference, qᵤ = R's <c>qwilcox(0.025, n₁, n₂)</c> raised to 1 when it is 0 (Hollander
/// and Wolfe, Nonparametric Statistical Methods, §4.3). Normal case: the difference at which the
/// continuity-corrected z of the shifted samples falls below +1.96; R finds the same point with
/// <c>uniroot</c> (tolerance 10⁻⁴), so the two agree to within 10⁻⁴.
/// </param>
/// <param name="ShiftHigh">The upper end of the shift's confidence interval, found the same way (the (n₁n₂ − qᵤ + 1)-th difference in the exact case; −1.96 in the normal case).</param>
/// <param name="ShiftCoverage">
/// The interval's confidence level: in the exact case its exact coverage 1 − 2·P(U ≤ qᵤ − 1) under
/// no difference, at least 0.95 unless the groups are so small that no interval of the differences
/// reaches 95 % (then below 0.95, where R warns "Requested conf.level not achievable"); 0.95 (the
/// nominal level) in the normal case.
/// </param>
public sealed record RankSumComparison(
    int FirstCount,
    int SecondCount,
    double RankSum,
    double U,
    double? Z,
    double PValue,
    bool IsExact,
    double ProbabilityFirstHigher,
    double Shift,
    double ShiftLow,
    double ShiftHigh,
    double ShiftCoverage)
{
    /// <summary>Whether the difference is significant at the 5 % level (<see cref="PValue"/> below 0.05).</summary>
    public bool Significant => PValue < 0.05;
}
