using Payoff.Core.Workspaces;

namespace Payoff.Core.Collect;

/// <summary>Websites that send events to the collect endpoint.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>A domain is registered once across all workspaces, compared exactly: the caller passes it normalised (lower-cased,
/// without <c>www.</c>). Adding it again throws <see cref="Stores.StoreException"/>.</item>
/// <item>Each site gets a new random site key; <see cref="ListAsync"/> orders by domain, <see cref="AllAsync"/> by id.</item>
/// </list>
/// </remarks>
public interface ISiteStore
{
    /// <summary>Registers a site.</summary>
    Task<Site> AddAsync(Workspace workspace, string domain, IdentityMode identity, bool honourDoNotTrack, CancellationToken cancellationToken = default);

    /// <summary>Changes a site's identity mode and Do-Not-Track setting.</summary>
    Task<Site> UpdateAsync(Site site, CancellationToken cancellationToken = default);

    /// <summary>The workspace's sites, by domain.</summary>
    Task<IReadOnlyList<Site>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Every site of every workspace, by id (the collector's directory).</summary>
    Task<IReadOnlyList<Site>> AllAsync(CancellationToken cancellationToken = default);
}
