namespace Payoff.Core.Content;

/// <summary>How many of a network's posts in the period report each basis with a value above zero.</summary>
/// <param name="Network">The network (as stored).</param>
/// <param name="Posts">Posts published in the period.</param>
/// <param name="WithImpressions">Posts with impressions above zero.</param>
/// <param name="WithViews">Posts with views above zero.</param>
/// <param name="WithReach">Posts with reach above zero.</param>
public sealed record BasisCount(string Network, long Posts, long WithImpressions, long WithViews, long WithReach);

/// <summary>
/// The basis each network's engagement rates use in one report: the one the most of its posts in the period report
/// (above zero), ties settled impressions, then views, then reach. A post without that basis has no rate in the
/// report (it is counted, and the report says how many were left out), so no figure mixes two bases.
/// </summary>
public static class ContentBases
{
    /// <summary>Network (case-insensitive) → its basis; a network none of whose posts reports any basis is absent.</summary>
    public static IReadOnlyDictionary<string, EngagementBasis> Choose(IEnumerable<BasisCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var chosen = new Dictionary<string, EngagementBasis>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in counts)
        {
            var best = EngagementBases.All
                .Select(b => (Basis: b, Count: b switch { EngagementBasis.Impressions => c.WithImpressions, EngagementBasis.Views => c.WithViews, _ => c.WithReach }))
                .Where(b => b.Count > 0)
                .OrderByDescending(b => b.Count)
                .Select(b => (EngagementBasis?)b.Basis)
                .FirstOrDefault();
            if (best is { } basis)
            {
                chosen[c.Network] = basis;
            }
        }

        return chosen;
    }
}
