using Payoff.Core.Workspaces;

namespace Payoff.Core.Attribution;

/// <summary>Reads journeys: from tracked events (sessions of every visitor stitched to a person) or from imported paths.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>A journey is a person's (<see cref="Contacts.IdentityStitcher"/>): the sessions of every visitor stitched to them,
/// oldest first.</item>
/// <item>The query's days are local days of the workspace's time zone.</item>
/// <item>Imported paths carry no dates and are returned as stored (the last import replaced earlier ones).</item>
/// </list>
/// </remarks>
public interface IJourneyReader
{
    /// <summary>Whether the workspace has tracked sessions.</summary>
    bool HasEvents(Workspace workspace);

    /// <summary>
    /// The converting journeys of the query's conversions — each conversion's sessions in the lookback
    /// window, oldest first, with their days before the conversion — and one non-converting journey per
    /// person with sessions in the range and no such conversion in it.
    /// </summary>
    IReadOnlyList<Journey> ReadEvents(Workspace workspace, JourneyQuery query);

    /// <summary>The imported paths (<c>payoff import journeys</c>); they carry no dates.</summary>
    IReadOnlyList<Journey> ReadPaths(Workspace workspace);
}
