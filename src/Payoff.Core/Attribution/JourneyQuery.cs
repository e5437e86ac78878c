using Payoff.Core.Workspaces;

namespace Payoff.Core.Attribution;

/// <summary>Which journeys to build from tracked events.</summary>
/// <param name="Range">The workspace-local days whose conversions (and non-converting visits) count.</param>
/// <param name="Conversion"><c>lead</c> (a person's first contact), <c>customer</c> (first purchase, valued by the person's revenue that day), or a conversion event's name.</param>
/// <param name="By">The touch key: <c>channel</c>, <c>network</c> (a social network, else the channel) or <c>campaign</c> (network / campaign).</param>
/// <param name="LookbackDays">How far before a conversion a touch may be (default 90).</param>
public sealed record JourneyQuery(DateRange Range, string Conversion = "lead", string By = "network", int LookbackDays = 90);
