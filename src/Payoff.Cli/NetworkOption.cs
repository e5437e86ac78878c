using Payoff.Application.Requests;
using Payoff.Cli.Output;
using Payoff.Core.Channels;
using Payoff.Core.Networks;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

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

    /// <summary>Like <see cref="ResolveAsync"/> over an open database (transitional, issue 14: removed by the lead once every command uses sessions).</summary>
    /// <exception cref="CliException">The name is none of those.</exception>
    public static string Resolve(DuckDbDatabase db, Workspace workspace, string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Known(text) ?? Stored(new DuckDbNetworkNames(db).Read(workspace), text, option);
    }

    private static string? Known(string text)
    {
        var name = text.Trim();
        return NetworkCatalog.Default.Canonical(name) ?? Find(Channel.All, name);
    }

    private static string Stored(IReadOnlyList<string> stored, string text, string option)
    {
        var name = text.Trim();
        if (Find(stored, name) is { } own)
        {
            return own;
        }

        var closest = NetworkSuggestion.Closest(name, [.. NetworkCatalog.Default.Networks, .. Channel.All, .. stored]);
        throw new CliException(
            $"{option}: unknown network '{Display.Visible(name)}'{(closest is null ? "." : $" — did you mean {closest}?")} "
            + "Use a network Payoff knows (Facebook, LinkedIn, TikTok, …), a channel such as 'Organic Search', or one already in this workspace's data.");
    }

    private static string? Find(IEnumerable<string> names, string name) =>
        names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
