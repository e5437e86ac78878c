using Payoff.Core.Channels;
using Payoff.Core.Networks;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Requests;

/// <summary>
/// Reads a network field (<c>network</c>): a name is accepted when the network catalogue knows it (any alias
/// or case), when it is a GA4 channel (<c>Organic Search</c>), or when the workspace's own data already holds
/// it (sessions, costs, metrics, posts, staff time). Anything else is refused with the closest known name
/// (issue 13, §3.7: <c>time log --network Facebok</c> made a network of its own).
/// </summary>
public static class NetworkField
{
    /// <summary>The name to store or filter by: the catalogue's spelling, the channel's, or the stored one.</summary>
    /// <exception cref="RequestException">The name is none of those; the message names the field and suggests the closest name.</exception>
    public static async Task<string> ResolveAsync(IStoreSession session, Workspace workspace, RequestValues values, string field, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        var name = text.Trim();
        if (NetworkCatalog.Default.Canonical(name) is { } known)
        {
            return known;
        }

        if (Find(Channel.All, name) is { } channel)
        {
            return channel;
        }

        var stored = await session.NetworkNames.ReadAsync(workspace, cancellationToken);
        if (Find(stored, name) is { } own)
        {
            return own;
        }

        var closest = NetworkSuggestion.Closest(name, [.. NetworkCatalog.Default.Networks, .. Channel.All, .. stored]);
        throw new RequestException(
            field,
            $"{values.Name(field)}: unknown network '{Text.Visible(name)}'{(closest is null ? "." : $" — did you mean {closest}?")} "
            + "Use a network Payoff knows (Facebook, LinkedIn, TikTok, …), a channel such as 'Organic Search', or one already in this workspace's data.");
    }

    private static string? Find(IEnumerable<string> names, string name) =>
        names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
