using Payoff.Core.Channels;

namespace Payoff.Core.Sessions;

/// <summary>Consecutive hits of one visitor, with the source of its first hit.</summary>
/// <param name="VisitorId">The visitor.</param>
/// <param name="Start">The first hit's time.</param>
/// <param name="End">The last hit's time.</param>
/// <param name="Hits">How many hits (page views and clicks) it holds.</param>
/// <param name="LandingUrl">The first hit's URL.</param>
/// <param name="Source">The first hit's source: a session keeps it to the end.</param>
public sealed record Session(string VisitorId, DateTimeOffset Start, DateTimeOffset End, int Hits, string? LandingUrl, TrafficSource Source);
