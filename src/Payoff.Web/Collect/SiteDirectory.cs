using System.Collections.Frozen;
using Payoff.Core.Collect;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>The registered sites, by site key, cached in memory and reloaded when they change.</summary>
public sealed class SiteDirectory(StoreGate gate)
{
    private FrozenDictionary<string, Site>? byKey;

    /// <summary>The site with this key, or null.</summary>
    public Site? Find(string? siteKey)
    {
        if (siteKey is null)
        {
            return null;
        }

        byKey ??= Load();
        return byKey.GetValueOrDefault(siteKey);
    }

    /// <summary>Forgets the cache (after a site is added or changed).</summary>
    public void Reload() => byKey = null;

    private FrozenDictionary<string, Site> Load() => gate.Run(db => new DuckDbSiteStore(db).All()).ToFrozenDictionary(s => s.SiteKey, StringComparer.Ordinal);
}
