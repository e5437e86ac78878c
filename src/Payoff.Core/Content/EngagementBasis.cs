namespace Payoff.Core.Content;

/// <summary>
/// What a post's engagement rate divides by (docs/METRICS.md §4: every engagement rate names its basis). X, LinkedIn
/// and Buffer rate per impression; Meta, since it replaced impressions with views, per view; Later and Metricool per
/// reach. One comparison, grid or ranking never mixes two bases: each network's posts are rated on the basis most of
/// its posts in the period report (<see cref="ContentBases"/>).
/// </summary>
public enum EngagementBasis
{
    /// <summary>Impressions: times the post was shown.</summary>
    Impressions,

    /// <summary>Views: Meta's successor of impressions, and TikTok's and YouTube's views.</summary>
    Views,

    /// <summary>Reach: unique accounts the post reached.</summary>
    Reach,
}

/// <summary>The words Payoff prints for a basis.</summary>
public static class EngagementBases
{
    /// <summary>Every basis in the order a tie between them is settled: impressions, views, reach.</summary>
    public static readonly IReadOnlyList<EngagementBasis> All = [EngagementBasis.Impressions, EngagementBasis.Views, EngagementBasis.Reach];

    /// <summary>"per impression", "per view" or "per reach", as a rate is labelled ("4.1 % engagement per impression").</summary>
    public static string Per(EngagementBasis basis) => basis switch
    {
        EngagementBasis.Impressions => "per impression",
        EngagementBasis.Views => "per view",
        _ => "per reach",
    };

    /// <summary>The stored metric's name: <c>impressions</c>, <c>views</c> or <c>reach</c>.</summary>
    public static string Name(EngagementBasis basis) => basis switch
    {
        EngagementBasis.Impressions => "impressions",
        EngagementBasis.Views => "views",
        _ => "reach",
    };
}
