namespace Payoff.Web.Collect;

/// <summary>The answer to a collect request.</summary>
/// <param name="Accepted">Events accepted (dropped bots included for browsers, who cannot tell).</param>
/// <param name="Rejected">Events refused.</param>
/// <param name="Results">The events with something to say: rejected, dropped (authenticated callers), or with warnings.</param>
public sealed record CollectResponse(int Accepted, int Rejected, IReadOnlyList<EventOutcome> Results);
