namespace Payoff.Web.Status;

/// <summary>The health endpoint's answer.</summary>
/// <param name="Status"><c>ok</c>; <c>degraded</c> when the store is failing but the spool still acknowledges; <c>unhealthy</c> when collect answers 503.</param>
/// <param name="Store"><c>ok</c> or the store's last error.</param>
/// <param name="Spool"><c>ok</c> or <c>failing</c>.</param>
/// <param name="SpoolBytes">Bytes in the spool not yet released.</param>
/// <param name="Lag">Records acknowledged but not yet in the store.</param>
/// <param name="Applied">Records applied since start.</param>
/// <param name="DroppedByReason">Hits kept out of human counts, by reason (all workspaces).</param>
public sealed record HealthReport(string Status, string Store, string Spool, long SpoolBytes, long Lag, long Applied, IReadOnlyDictionary<string, long> DroppedByReason);
