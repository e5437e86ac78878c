using Microsoft.Extensions.Caching.Memory;
using Payoff.Web.Hosting;

namespace Payoff.Web.Components;

/// <summary>
/// Keeps the figures of recently shown report pages, so the ten people of an agency opening the same
/// overview do not each recompute a year of events. An entry is keyed by the workspace, the page,
/// the whole query string, the workspace's today and the data version (<see cref="StoreGate.Version"/>):
/// any write makes every entry stale at once, and an entry lives a minute at most, so tracked events
/// arriving in the background show within a minute. Concurrent requests for the same view compute it once.
/// </summary>
public sealed class DashboardCache(StoreGate gate) : IDisposable
{
    /// <summary>How long a page's figures are reused when nothing was written.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 512 });

    /// <summary>The page's model for <paramref name="scope"/>, computed by <paramref name="build"/> when not cached.</summary>
    public T Get<T>(string page, DashboardScope scope, Func<DashboardScope, T> build)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(build);
        return Get($"{page}|{scope.Workspace.Id}|{scope.Today:yyyy-MM-dd}|{scope.CacheKey}", Lifetime, () => build(scope));
    }

    /// <summary>A value under <paramref name="key"/> (the data version is added), kept for <paramref name="lifetime"/>.</summary>
    public T Get<T>(string key, TimeSpan lifetime, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        key = $"{gate.Version}|{key}";
        var entry = cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.AbsoluteExpirationRelativeToNow = lifetime;
            return new Lazy<T>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed computation is not kept: the next request tries again.
            cache.Remove(key);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();
}
