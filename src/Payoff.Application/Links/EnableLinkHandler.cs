using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Links;

/// <summary>Enables or disables a tracked link (<c>payoff link enable|disable</c>); a disabled link answers 404 and keeps its clicks.</summary>
public sealed class EnableLinkHandler(IStore store) : IApplicationHandler
{
    /// <summary>Sets whether the workspace's link <paramref name="slug"/> redirects; false when the workspace has no such link.</summary>
    public Task<bool> HandleAsync(Workspace workspace, string slug, bool enabled, CancellationToken cancellationToken) =>
        store.WriteAsync(session => session.Links.SetEnabledAsync(workspace, slug, enabled, cancellationToken), cancellationToken, found => found);
}
