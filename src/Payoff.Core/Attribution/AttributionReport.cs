using Payoff.Core.Workspaces;

namespace Payoff.Core.Attribution;

/// <summary>Credits under one or more models, side by side, for the same journeys.</summary>
/// <param name="Source"><c>events</c> or <c>paths</c>.</param>
/// <param name="Range">The days (null for imported paths, which carry no dates).</param>
/// <param name="Conversion">The conversion type (events).</param>
/// <param name="Journeys">Journeys read: conversions plus non-converting journeys.</param>
/// <param name="Results">One result per model.</param>
/// <param name="Notes">What the reader should know (dates ignored for paths, a model that needs dates).</param>
public sealed record AttributionReport(string Source, DateRange? Range, string? Conversion, long Journeys, IReadOnlyList<AttributionResult> Results, IReadOnlyList<string> Notes);
