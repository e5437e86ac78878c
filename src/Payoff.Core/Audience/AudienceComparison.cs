namespace Payoff.Core.Audience;

/// <summary>How two audiences differ in one dimension (<see cref="AudienceReportBuilder"/>).</summary>
/// <param name="Dimension">The dimension both audiences have.</param>
/// <param name="First">The first audience's label (report order).</param>
/// <param name="Second">The second audience's label.</param>
/// <param name="Distance">The total-variation distance ½ Σ |pᵢ − qᵢ| over the union of both sides' values, from 0 (the same shares) to 1 (no value in common).</param>
/// <param name="DiffersMarkedly">Whether <see cref="Distance"/> is at least <see cref="AudienceReportBuilder.Threshold"/>.</param>
/// <param name="Value">The value whose shares differ most among those both audiences give a share of (a value missing from a list with a catch-all row or an unlisted rest has no known share there); only when there is none, the value whose shares differ most.</param>
/// <param name="FirstShare">That value's share in the first audience (a fraction); null when its list does not give it (not listed, and the list has a catch-all row or a rest that may hold it).</param>
/// <param name="SecondShare">That value's share in the second audience (a fraction); null likewise.</param>
/// <param name="ChiSquare">Pearson's chi-square statistic of homogeneity of the two lists' counts, when both files gave counts; else null (shares alone cannot support it).</param>
/// <param name="DegreesOfFreedom">The chi-square's degrees of freedom (values with a count on either side, less one); null without counts.</param>
/// <param name="PValue">The chi-square's p-value; null without counts.</param>
/// <param name="Sentence">The finding in plain words, agreeing with the numbers.</param>
public sealed record AudienceComparison(
    string Dimension,
    string First,
    string Second,
    decimal Distance,
    bool DiffersMarkedly,
    string Value,
    decimal? FirstShare,
    decimal? SecondShare,
    double? ChiSquare,
    int? DegreesOfFreedom,
    double? PValue,
    string Sentence);
