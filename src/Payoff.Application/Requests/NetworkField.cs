using Payoff.Core.Channels;
using Payoff.Core.Networks;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Requests;

/// <summary>
/// Reads a network field (<c>network</c>): a name is accepted when the network catalogue knows it (any alias
/// or case), when it is a GA4 channel (<c>Organic Search</c>), or when the workspace's own data already holds
/// it — so a network Payoff does not list still works once its data is imported. Anything else is refused with
/// the closest known name (issue 13, §3.7).
/// </summary>
public static class NetworkField
{
    /// <summary>The name to store or filter by, for a field that must hold a network (<paramref name="text"/> not blank).</summary>
    /// <exception cref="RequestException">The name is blank or unknown; the message names the field as the host spells it.</exception>
    public static async Task<string> ResolveAsync(IStoreSession session, Workspace workspace, RequestValues values, string field, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        return await ResolveAsync(session, workspace, text, values.Name(field), cancellationToken).ConfigureAwait(false)
            ?? throw new RequestException(field, $"{values.Name(field)} needs a network name.");
    }

    /// <summary>The name to filter by (the catalogue's, the channel's or the stored spelling), or null when <paramref name="text"/> is blank.</summary>
    /// <param name="session">The open session whose <see cref="IStoreSession.NetworkNames"/> lists the workspace's own names.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="text">The value as given.</param>
    /// <param name="name">The field as the host spells it (<c>--network</c>, <c>network</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RequestException">The name is none of those; the message names the field and suggests the closest name.</exception>
    public static async Task<string?> ResolveAsync(IStoreSession session, Workspace workspace, string? text, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var asked = text.Trim();
        if (NetworkCatalog.Default.Canonical(asked) is { } known)
        {
            return known;
        }

        if (Find(Channel.All, asked) is { } channel)
        {
            return channel;
        }

        var stored = await session.NetworkNames.ReadAsync(workspace, cancellationToken);
        if (Find(stored, asked) is { } own)
        {
            return own;
        }

        var closest = NetworkSuggestion.Closest(asked, [.. NetworkCatalog.Default.Networks, .. Channel.All, .. stored]);
        throw new RequestException(
            "network",
            $"{name}: unknown network '{Text.Visible(asked)}'{(closest is null ? "." : $" — did you mean {closest}?")} "
            + "Use a network Payoff knows (Facebook, LinkedIn, TikTok, …), a channel such as 'Organic Search', or one already in this workspace's data.");
    }

    private static string? Find(IEnumerable<string> names, string name) =>
        names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
