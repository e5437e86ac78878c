using Payoff.Core.Audience;

namespace Payoff.Application.Audience;

/// <summary>The audience report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Network">The network asked for (the stored or catalogue spelling), or null for all.</param>
/// <param name="Report">The distributions and comparisons (<see cref="AudienceReportBuilder"/>).</param>
public sealed record AudienceResult(string Workspace, string? Network, AudienceReport Report);
