using Payoff.Core.Workspaces;

namespace Payoff.Core.Audience;

/// <summary>The imported demographics of a workspace's audiences (<see cref="AudienceRow"/>), for the audience report.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Only the current snapshot: an import replaced the stored rows of the same network, account, audience and
/// dimension as a whole (values missing from the newer export are gone), so nothing is counted twice; undoing that
/// import brings the older snapshot back.</item>
/// <item>Ordered by network, account (none first), audience and dimension (ordinally), then by
/// <see cref="AudienceRow.Position"/>: the platform's own order of the values.</item>
/// <item>A network, when given, matches the stored network case-insensitively.</item>
/// </list>
/// </remarks>
public interface IAudienceReader
{
    /// <summary>The stored audience rows of <paramref name="workspace"/>, of <paramref name="network"/> only when given.</summary>
    Task<IReadOnlyList<AudienceRow>> ReadAsync(Workspace workspace, string? network = null, CancellationToken cancellationToken = default);
}
