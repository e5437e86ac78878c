using System.Collections.Frozen;
using Payoff.Core.Collect;
using Payoff.Core.Stores;

namespace Payoff.Web.Collect;

/// <summary>The registered sites, by site key, cached in memory and reloaded when they change.</summary>
public sealed class SiteDirectory(IStore store)
{
    private FrozenDictionary<string, Site>? byKey;

    /// <summary>The site with this key, or null.</summary>
    public async ValueTask<Site?> FindAsync(string? siteKey, CancellationToken cancellationToken = default)
    {
        if (siteKey is null)
        {
            return null;
        }

        byKey ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        return byKey.GetValueOrDefault(siteKey);
    }

    /// <summary>Forgets the cache (after a site is added or changed).</summary>
    public void Reload() => byKey = null;

    private async Task<FrozenDictionary<string, Site>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return (await session.Sites.AllAsync(cancellationToken).ConfigureAwait(false)).ToFrozenDictionary(s => s.SiteKey, StringComparer.Ordinal);
    }
}
