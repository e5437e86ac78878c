using System.Collections.Concurrent;
using Payoff.Core.Stores;

namespace Payoff.Web.Links;

/// <summary>
/// Links by slug, cached for the hot redirect path with their redirect targets prepared (<see cref="LinkRoute"/>);
/// any change through the service forgets the cache, so a disabled link stops redirecting at once.
/// </summary>
/// <remarks>Unknown slugs are cached too (as null), so the cache starts over past <see cref="Capacity"/> entries: slugs are chosen by whoever sends the request.</remarks>
public sealed class LinkDirectory(IStore store)
{
    /// <summary>The most slugs kept.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, LinkRoute?> cache = new(StringComparer.Ordinal);
    private int count;

    /// <summary>The link with this slug, or null.</summary>
    public async ValueTask<LinkRoute?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(slug, out var hit))
        {
            return hit;
        }

        LinkRoute? found;
        await using (var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false))
        {
            found = await session.Links.FindBySlugAsync(slug, cancellationToken).ConfigureAwait(false) is { } entry ? new LinkRoute(entry.Link, entry.WorkspaceId) : null;
        }

        if (Interlocked.Increment(ref count) > Capacity)
        {
            Forget();
        }

        cache[slug] = found;
        return found;
    }

    /// <summary>Forgets the cache.</summary>
    public void Forget()
    {
        cache.Clear();
        Volatile.Write(ref count, 0);
    }
}
