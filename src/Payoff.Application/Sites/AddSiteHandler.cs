using Payoff.Application.Requests;
using Payoff.Core.Collect;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Sites;

/// <summary>Registers a website of a workspace (<c>payoff site add</c>, the settings page), its domain normalised by <see cref="SiteDomain"/>.</summary>
public sealed class AddSiteHandler(IStore store) : IApplicationHandler
{
    /// <summary>Registers the site in a store session of its own; see <see cref="HandleAsync(IStoreSession, Workspace, string?, IdentityMode, bool, CancellationToken)"/>.</summary>
    public async Task<Site> HandleAsync(Workspace workspace, string? domain, IdentityMode identity, bool honourDoNotTrack, CancellationToken cancellationToken = default)
    {
        var name = Domain(domain);
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await HandleAsync(session, workspace, name, identity, honourDoNotTrack, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers the site through the caller's <paramref name="session"/>.</summary>
    /// <param name="session">The caller's store session.</param>
    /// <param name="workspace">The site's workspace.</param>
    /// <param name="domain">The domain as given (example.com, a URL, upper case: normalised).</param>
    /// <param name="identity">Cookie or cookieless visitor ids.</param>
    /// <param name="honourDoNotTrack">True to drop visitors whose browser sends Do-Not-Track or Global Privacy Control.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="RequestException">Not a domain (field <c>domain</c>).</exception>
    /// <exception cref="StoreException">The domain is registered already.</exception>
    public async Task<Site> HandleAsync(IStoreSession session, Workspace workspace, string? domain, IdentityMode identity, bool honourDoNotTrack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var site = await session.Sites.AddAsync(workspace, Domain(domain), identity, honourDoNotTrack, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return site;
    }

    /// <summary>The registered form of a domain.</summary>
    /// <exception cref="RequestException">Not a domain, with <see cref="SiteDomain"/>'s reason.</exception>
    public static string Domain(string? text) => SiteDomain.Normalize(text, out var error) ?? throw new RequestException("domain", error!);
}
