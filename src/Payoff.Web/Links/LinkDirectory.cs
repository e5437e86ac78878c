using System.Collections.Concurrent;
using Payoff.Core.Links;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Links;

/// <summary>Links by slug, cached for the hot redirect path; any change through the service forgets the cache, so a disabled link stops redirecting at once.</summary>
public sealed class LinkDirectory(StoreGate gate)
{
    private readonly ConcurrentDictionary<string, (TrackedLink Link, long WorkspaceId)?> cache = new(StringComparer.Ordinal);

    /// <summary>The link with this slug, or null.</summary>
    public (TrackedLink Link, long WorkspaceId)? Find(string slug)
    {
        if (cache.TryGetValue(slug, out var hit))
        {
            return hit;
        }

        var found = gate.Run(db => new DuckDbLinkStore(db).FindBySlug(slug));
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
