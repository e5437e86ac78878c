namespace Payoff.Core.Attribution;

/// <summary>The journeys read from tracked events, and the conversions that could not become one.</summary>
/// <param name="Journeys">The converting journeys (one per conversion with a touch), then the non-converting ones.</param>
/// <param name="Untouched">
/// Conversions in the range with no tracked visit or link click in their lookback window (CRM-only or offline
/// contacts): counted here, left out of <paramref name="Journeys"/>, so no model credits them.
/// </param>
public sealed record JourneySet(IReadOnlyList<Journey> Journeys, long Untouched);
