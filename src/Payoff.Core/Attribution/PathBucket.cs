namespace Payoff.Core.Attribution;

/// <summary>A bucket of a distribution: its label and the conversions in it.</summary>
/// <param name="Bucket">The label (<c>3</c> touches, <c>4–7 days</c>).</param>
/// <param name="Conversions">Conversions in it.</param>
public sealed record PathBucket(string Bucket, long Conversions);
