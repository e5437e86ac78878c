using Payoff.Core.Reporting.Roi;

namespace Payoff.Application.Roi;

/// <summary>An ROI report as the handler built it.</summary>
/// <param name="Report">The first-touch report (sessions, value and costs always come from it).</param>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Model">The attribution model asked for.</param>
/// <param name="Attributed">Per network under <paramref name="Model"/> when it is not first-touch (contacts from lead journeys, customers and revenue from customer journeys), else null.</param>
public sealed record RoiResult(RoiReport Report, string Workspace, string Model, IReadOnlyList<AttributedRoiRow>? Attributed);
