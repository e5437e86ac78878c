using Payoff.Application.Requests;
using Payoff.Core.Channels;
using Payoff.Core.Networks;
using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Networks;

/// <summary>
/// A network named in a request (<c>--network</c>, <c>?network=</c>), resolved against the workspace's data
/// when the request is handled. A name is accepted when the network catalogue knows it (any alias or case),
/// when it is a GA4 channel (<c>Organic Search</c>), or when the workspace's own data already holds it
/// (sessions, costs, metrics, posts, staff time); anything else is refused with the closest known name
/// (issue 13, §3.7).
/// </summary>
/// <param name="Text">The name as typed, trimmed.</param>
/// <param name="Field">The field as the host spells it in messages (<c>--network</c>, <c>network</c>).</param>
public sealed record NetworkChoice(string Text, string Field)
{
    /// <summary>The choice of <paramref name="field"/> in <paramref name="values"/>, or null when the field is absent or blank.</summary>
    public static NetworkChoice? Of(RequestValues values, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Get(field) is { } text ? new NetworkChoice(text, values.Name(field)) : null;
    }

    /// <summary>The name to filter by: the catalogue's spelling, the channel's, or the stored one.</summary>
    /// <exception cref="RequestException">The name is none of those; the message names the field and suggests the closest name.</exception>
    public async Task<string> ResolveAsync(INetworkNamesReader names, Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (NetworkCatalog.Default.Canonical(Text) is { } known)
        {
            return known;
        }

        return Find(Channel.All, Text) ?? Resolve(Text, await names.ReadAsync(workspace, cancellationToken), Field);
    }

    /// <summary>
    /// <paramref name="text"/> as a known network, a channel or one of <paramref name="stored"/> (the
    /// workspace's own names): the one rule of every network field of every host.
    /// </summary>
    /// <exception cref="RequestException">The name is none of those; the message names <paramref name="field"/> and suggests the closest name.</exception>
    public static string Resolve(string text, IReadOnlyList<string> stored, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stored);
        var name = text.Trim();
        if (NetworkCatalog.Default.Canonical(name) is { } known)
        {
            return known;
        }

        if ((Find(Channel.All, name) ?? Find(stored, name)) is { } found)
        {
            return found;
        }

        var closest = NetworkSuggestion.Closest(name, [.. NetworkCatalog.Default.Networks, .. Channel.All, .. stored]);
        throw new RequestException(
            field.TrimStart('-'),
            $"{field}: unknown network '{Requests.Text.Visible(name)}'{(closest is null ? "." : $" — did you mean {closest}?")} "
            + "Use a network Payoff knows (Facebook, LinkedIn, TikTok, …), a channel such as 'Organic Search', or one already in this workspace's data.");
    }

    private static string? Find(IEnumerable<string> names, string name) =>
        names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
