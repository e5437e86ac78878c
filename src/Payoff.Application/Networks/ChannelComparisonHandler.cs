using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Networks;

/// <summary>
/// How a channel without a network (Organic Search, Email, Direct…) compares with the social networks over the
/// verdict's months (the network page of a channel): the one place a host gets <see cref="ChannelComparison"/>.
/// </summary>
public sealed class ChannelComparisonHandler : IApplicationHandler
{
    /// <summary>The comparison of <paramref name="channel"/> over <paramref name="period"/>, read through <paramref name="session"/> (a page's own session).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A handler is resolved from the container and called on its instance, like every handler.")]
    public async Task<ChannelComparison> HandleAsync(IStoreSession session, Workspace workspace, VerdictPeriod period, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(period);
        var judged = Core.Ledger.Ledger.Build(await session.Ledger.ReadAsync(workspace, period.Range, cancellationToken), workspace.Currency, period.Range);
        return ChannelComparison.Build(judged, period, channel, workspace.Currency);
    }
}
