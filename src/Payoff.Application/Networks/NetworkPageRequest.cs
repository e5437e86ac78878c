using Payoff.Core.Networks;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Networks;

/// <summary>What one network's page (or its export) is asked for.</summary>
/// <param name="Asked">The network or channel as given (<c>?n=facebook</c>, <c>?n=Organic Search</c>); resolved against the catalogue, the channels and the workspace's names by the handler.</param>
/// <param name="Range">The page's range: the benchmark's last month is the month of its last day; social metrics and ROI per campaign cover it.</param>
/// <param name="Period">The verdict's whole months (for a channel, the months of its comparison with the social networks).</param>
public sealed record NetworkPageRequest(string Asked, DateRange Range, VerdictPeriod Period)
{
    /// <summary>The network field as the host spells it in messages (<c>n</c> on the page).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>The GA4 channel <see cref="Asked"/> names when it is no network (<c>Organic Search</c>, any case), else null.</summary>
    public string? Channel => NetworkCatalog.Default.Canonical(Asked) is null
        ? Core.Channels.Channel.All.FirstOrDefault(c => string.Equals(c, Asked.Trim(), StringComparison.OrdinalIgnoreCase))
        : null;

    /// <summary>The name shown before the workspace's names are consulted: the catalogue's, the channel's, else <see cref="Asked"/> trimmed.</summary>
    public string Name => NetworkCatalog.Default.Canonical(Asked) ?? Channel ?? Asked.Trim();
}
