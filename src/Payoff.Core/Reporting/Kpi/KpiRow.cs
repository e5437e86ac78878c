namespace Payoff.Core.Reporting.Kpi;

/// <summary>A network's (or campaign's) program KPI score with its three parts.</summary>
/// <param name="Network">The network.</param>
/// <param name="Reach">Reach: reach, impressions (or views), follower growth.</param>
/// <param name="Exchange">Exchange: shares, comments.</param>
/// <param name="Monetization">Monetization: conversions (contacts + customers) and value (revenue + assigned value).</param>
/// <param name="Score">Σ weight × family score over the families with data (weights renormalised), or null.</param>
public sealed record KpiRow(string Network, KpiFamily Reach, KpiFamily Exchange, KpiFamily Monetization, double? Score)
{
    /// <summary>The campaign, on rows per campaign.</summary>
    public string? Campaign { get; init; }

    /// <summary>The weights that apply to this row (<see cref="KpiWeights.Applied"/>): null for a family it cannot measure.</summary>
    public (double? Reach, double? Exchange, double? Monetization) AppliedWeights(KpiWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return weights.Applied(Reach.Score, Exchange.Score, Monetization.Score);
    }
}
