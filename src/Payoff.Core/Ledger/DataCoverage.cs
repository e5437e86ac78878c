namespace Payoff.Core.Ledger;

/// <summary>
/// Where the web data of a workspace and of each of its networks (or channels) begins: the first
/// workspace-local day with a session or a new contact. A day before it is no data, not a zero.
/// </summary>
/// <param name="WorkspaceFirstDay">The workspace's first day with web data, or null when it has none.</param>
/// <param name="NetworkFirstDays">Each network's (or channel's) first day with web data, by name, case-insensitively.</param>
public sealed record DataCoverage(DateOnly? WorkspaceFirstDay, IReadOnlyDictionary<string, DateOnly> NetworkFirstDays)
{
    /// <summary>The first day counted for <paramref name="network"/>: its own first day of web data (never before the workspace's), or null when it has none.</summary>
    public DateOnly? FirstDay(string network) =>
        NetworkFirstDays.TryGetValue(network, out var first) ? (WorkspaceFirstDay is { } w && w > first ? w : first) : null;

    /// <summary>The coverage of what <paramref name="web"/> holds, when nothing before it is known (tests, a ledger read on its own).</summary>
    public static DataCoverage Of(IEnumerable<WebDay> web)
    {
        ArgumentNullException.ThrowIfNull(web);
        var firsts = web.Where(w => w.Sessions > 0 || w.Contacts > 0)
            .GroupBy(w => w.Network, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Min(w => w.Day), StringComparer.OrdinalIgnoreCase);
        return new DataCoverage(firsts.Count == 0 ? null : firsts.Values.Min(), firsts);
    }
}
