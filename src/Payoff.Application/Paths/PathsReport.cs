using Payoff.Core.Attribution;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Paths;

/// <summary>The path insights of one request, with where the journeys came from.</summary>
/// <param name="Source"><c>events</c> (tracked) or <c>paths</c> (imported).</param>
/// <param name="Range">The days (null for imported paths, which carry no dates).</param>
/// <param name="Insights">The common paths, lengths, time to conversion and roles.</param>
/// <param name="Notes">What the reader should know (imported paths ignore the period).</param>
public sealed record PathsReport(string Source, DateRange? Range, PathInsights Insights, IReadOnlyList<string> Notes);
