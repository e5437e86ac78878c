namespace Payoff.Core.Content;

/// <summary>
/// One group's per-post values of a metric, for the comparisons' tests (<see cref="ContentComparison.Compare(IEnumerable{GroupValues}, ContentMetric, IReadOnlyDictionary{string, EngagementBasis}, Func{string, string}?)"/>):
/// the values of the posts that have one, and the group's value as a ratio of sums.
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="Key">The group (type, label, hashtag or content key, as <see cref="GroupFacts.Key"/>); a post with two labels or tags is in both groups.</param>
/// <param name="Values">
/// One value per post that has one, in no particular order: its engagement rate (engagements ÷ basis, a fraction,
/// unrounded), or its sessions or contacts from its own tracked link (a count).
/// </param>
/// <param name="Numerator">Σ engagements of the rated posts, or Σ sessions or Σ contacts of the tracked posts.</param>
/// <param name="Denominator">Σ basis of the rated posts, or the tracked posts; the group's value is <see cref="Numerator"/> ÷ this (0 without posts).</param>
public sealed record GroupValues(string Network, string Key, IReadOnlyList<double> Values, long Numerator, long Denominator);
