using Payoff.Core.Importing;

namespace Payoff.Import.Detection;

/// <summary>What <see cref="FileKindDetector"/> made of a file.</summary>
/// <param name="Kind">The kind detected, or null when the file is none Payoff knows.</param>
/// <param name="Explanation">Why: the columns that decided it, or what was looked for.</param>
public sealed record FileDetection(ImportKind? Kind, string Explanation);
