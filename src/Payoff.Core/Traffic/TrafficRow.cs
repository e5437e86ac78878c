namespace Payoff.Core.Traffic;

/// <summary>Sessions and outcomes of one traffic source over a period, as an analytics export reports them.</summary>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive); equal to <paramref name="From"/> for daily rows.</param>
/// <param name="Dimension"><c>channel</c>, <c>source_medium</c>, <c>campaign</c> or <c>source</c>: what <paramref name="Value"/> is.</param>
/// <param name="Value">The channel group, <c>source / medium</c> or campaign, as written.</param>
/// <param name="Sessions">Sessions.</param>
/// <param name="EngagedSessions">Engaged sessions, when reported.</param>
/// <param name="KeyEvents">Key events (older properties: conversions), when reported.</param>
/// <param name="Revenue">Total revenue in the property's currency, when reported.</param>
public sealed record TrafficRow(DateOnly From, DateOnly To, string Dimension, string Value, long Sessions, long? EngagedSessions, decimal? KeyEvents, decimal? Revenue);
