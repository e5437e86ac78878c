using System.Collections.Concurrent;
using Payoff.Core.Links;
using Payoff.Core.Stores;

namespace Payoff.Web.Links;

/// <summary>Links by slug, cached for the hot redirect path; any change through the service forgets the cache, so a disabled link stops redirecting at once.</summary>
public sealed class LinkDirectory(IStore store)
{
    private readonly ConcurrentDictionary<string, (TrackedLink Link, long WorkspaceId)?> cache = new(StringComparer.Ordinal);

    /// <summary>The link with this slug, or null.</summary>
    public async ValueTask<(TrackedLink Link, long WorkspaceId)?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(slug, out var hit))
        {
            return hit;
        }

        (TrackedLink Link, long WorkspaceId)? found;
        await using (var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false))
        {
            found = await session.Links.FindBySlugAsync(slug, cancellationToken).ConfigureAwait(false);
        }

        if (cache.Count > 100_000)
        {
            cache.Clear();
        }

        cache[slug] = found;
        return found;
    }

    /// <summary>Forgets the cache.</summary>
    public void Forget() => cache.Clear();
}
