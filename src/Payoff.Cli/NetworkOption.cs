using Payoff.Application.Networks;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli;

/// <summary>
/// Reads a network option (<c>--network</c>, each name of <c>--networks</c>) by the one rule of every host
/// (<see cref="NetworkChoice.Resolve"/>): a known network, a GA4 channel, or a name the workspace's own data
/// already holds; anything else is refused with the closest known name (issue 13, §3.7).
/// </summary>
internal static class NetworkOption
{
    /// <summary>The name to store or filter by: the catalogue's spelling, the channel's, or the stored one.</summary>
    /// <exception cref="Application.Requests.RequestException">The name is none of those; the message names <paramref name="option"/> and suggests the closest name.</exception>
    public static string Resolve(DuckDbDatabase db, Workspace workspace, string text, string option) =>
        NetworkChoice.Resolve(text, new DuckDbNetworkNames(db).Read(workspace), option);
}
