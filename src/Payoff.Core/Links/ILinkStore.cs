using Payoff.Core.Workspaces;

namespace Payoff.Core.Links;

/// <summary>Tracked short links (<c>/l/{slug}</c>).</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Slugs are unique across all workspaces and compared exactly (case-sensitively); adding a taken slug throws
/// <see cref="Stores.StoreException"/> saying to choose another.</item>
/// <item><see cref="ListAsync"/> returns the workspace's links newest first (by id, descending).</item>
/// <item>A disabled link answers 404 but keeps its clicks; only the link's own workspace can enable or disable it.</item>
/// <item>Ids and creation instants (UTC, the store's clock) are assigned by the store.</item>
/// </list>
/// </remarks>
public interface ILinkStore
{
    /// <summary>Stores a link; throws <see cref="Stores.StoreException"/> when the slug is taken.</summary>
    Task<TrackedLink> AddAsync(Workspace workspace, string slug, string destination, LinkTags tags, CancellationToken cancellationToken = default);

    /// <summary>Enables or disables a link of the workspace; false when it has no such link.</summary>
    Task<bool> SetEnabledAsync(Workspace workspace, string slug, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>The workspace's links, newest first.</summary>
    Task<IReadOnlyList<TrackedLink>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>The link with this slug in any workspace, with its workspace id, or null.</summary>
    Task<(TrackedLink Link, long WorkspaceId)?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);
}
