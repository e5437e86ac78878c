using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli;

/// <summary>
/// Reads a network option (<c>--network</c>, each name of <c>--networks</c>): a name is accepted when the
/// network catalogue knows it (any alias or case), when it is a GA4 channel (<c>Organic Search</c>), or
/// when the workspace's own data already holds it (sessions, costs, metrics, posts, staff time) — so a
/// network Payoff does not list still works once its data is imported. Anything else is refused with the
/// closest known name (issue 13, §3.7: <c>time log --network Facebok</c> made a network of its own).
/// </summary>
internal static class NetworkOption
{
    /// <summary>The name to store or filter by, by the one rule of every network field (<see cref="NetworkField"/>).</summary>
    /// <exception cref="RequestException">The name is none of those; the message names <paramref name="option"/> and suggests the closest name.</exception>
    /// <exception cref="CliException">The name is blank.</exception>
    public static async Task<string> ResolveAsync(IStoreSession session, Workspace workspace, string text, string option, CancellationToken cancellationToken) =>
        await NetworkField.ResolveAsync(session, workspace, text, option, cancellationToken) ?? throw new CliException($"{option} needs a network name.");

}
