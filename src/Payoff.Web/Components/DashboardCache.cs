using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Payoff.Core.Access;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Components;

/// <summary>
/// Keeps the figures of recently shown report pages, so the people of an agency opening the same
/// overview do not each recompute a year of events, and a page already shown is served without
/// waiting for the database. An entry is keyed by the page, the workspace, the whole query string,
/// the workspace's today and the data version (<see cref="StoreGate.Version"/>): any write makes every
/// entry stale at once and the next request computes its page again. Without writes, figures older
/// than <see cref="Lifetime"/> are still served once while they are recomputed in the background
/// (stale while revalidate), so tracked visits show within about a minute and nobody waits for the
/// recomputation. Concurrent requests for the same view compute it once. The users' memberships are
/// kept the same way, so a cached page needs no database at all.
/// </summary>
public sealed class DashboardCache : IDisposable
{
    /// <summary>How long a page's figures are served as fresh when nothing was written.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 1024 });
    private readonly BlockingCollection<Action> refreshes = new();
    private readonly StoreGate gate;
    private readonly WebOptions options;

    /// <summary>Starts the one thread that recomputes stale figures in the background.</summary>
    public DashboardCache(StoreGate gate, WebOptions options)
    {
        this.gate = gate;
        this.options = options;

        // One dedicated thread, not the thread pool: a refresh waits for the store's gate for seconds,
        // and pool threads blocked that way would starve the requests Kestrel serves.
        new Thread(() =>
        {
            foreach (var refresh in refreshes.GetConsumingEnumerable())
            {
                try
                {
                    refresh();
                }
                catch (ObjectDisposedException)
                {
                    // The server is stopping.
                }
            }
        }) { IsBackground = true, Name = "payoff-dashboard-refresh" }.Start();
    }

    /// <summary>
    /// The scope and the model of a report page: the scope from the user's (cached) memberships, the
    /// model from the cache or computed by <paramref name="build"/> under the store's gate; both null
    /// when the user is not a member of the workspace (the page answers 404).
    /// </summary>
    public (DashboardScope? Scope, T? Model) Page<T>(HttpContext context, string page, Func<DashboardScope, T> build)
        where T : class?
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = DashboardScope.FromMemberships(Memberships(context.User), context.Request.Query, options.Time);
        return scope is null ? (null, null) : (scope, Get(page, scope, build));
    }

    /// <summary>
    /// Like <see cref="Page{T}"/> for a model built asynchronously: <paramref name="build"/> reads through a store
    /// session of its own (not the request's, and not cancelled with it: concurrent requests for the same view
    /// share the computation). A failed computation is not kept.
    /// </summary>
    public async Task<(DashboardScope? Scope, T? Model)> PageAsync<T>(HttpContext context, string page, Func<DashboardScope, CancellationToken, Task<T>> build)
        where T : class?
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(build);
        var scope = DashboardScope.FromMemberships(Memberships(context.User), context.Request.Query, options.Time);
        if (scope is null)
        {
            return (null, null);
        }

        var key = $"{page}|{scope.Workspace.Id}|{scope.Today:yyyy-MM-dd}|{scope.CacheKey}";
        var version = gate.Version;
        try
        {
            return (scope, await Get(key, Lifetime, async () =>
            {
                await using var session = await gate.OpenSessionAsync();
                return await build(scope.With(session), CancellationToken.None);
            }));
        }
        catch
        {
            cache.Remove($"{version}|{key}");
            throw;
        }
    }

    /// <summary>The page's model for <paramref name="scope"/>, computed by <paramref name="build"/> (with the database) when not cached.</summary>
    public T Get<T>(string page, DashboardScope scope, Func<DashboardScope, T> build)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(build);
        return Get($"{page}|{scope.Workspace.Id}|{scope.Today:yyyy-MM-dd}|{scope.CacheKey}", Lifetime, () => gate.Run(db => build(scope.With(db))));
    }

    /// <summary>
    /// A value under <paramref name="key"/> (the data version is added), fresh for <paramref name="lifetime"/>
    /// and then served once more while <paramref name="build"/> recomputes it in the background.
    /// <paramref name="build"/> takes the store's gate itself (it may run on another thread).
    /// </summary>
    public T Get<T>(string key, TimeSpan lifetime, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        key = $"{gate.Version}|{key}";
        var entry = cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromMinutes(10);
            return new Entry<T>(build);
        })!;
        try
        {
            var value = entry.Value;
            if (entry.Age > lifetime && entry.TryStartRefresh())
            {
                refreshes.TryAdd(() =>
                {
                    try
                    {
                        cache.Set(key, new Entry<T>(build).Computed(), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
                    }
                    catch (Exception)
                    {
                        // The next request computes the page in the open (and reports the error).
                        cache.Remove(key);
                    }
                });
            }

            return value;
        }
        catch
        {
            // A failed computation is not kept: the next request tries again.
            cache.Remove(key);
            throw;
        }
    }

    /// <summary>Like <see cref="Get{T}(string, TimeSpan, Func{T})"/>, with the database under the store's gate (re-entered when the caller holds it).</summary>
    public T GetWithDatabase<T>(string key, TimeSpan lifetime, Func<DuckDbDatabase, T> build) => Get(key, lifetime, () => gate.Run(build));

    /// <summary>The signed-in user's workspaces and roles (by workspace name), from the cache or the database.</summary>
    public IReadOnlyList<(Workspace Workspace, Role Role)> Memberships(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return [];
        }

        return Get($"memberships|{id}", Lifetime, () => gate.Run(db =>
        {
            var workspaces = new DuckDbWorkspaceStore(db).ListAsync().GetAwaiter().GetResult().ToDictionary(w => w.Id);
            return (IReadOnlyList<(Workspace, Role)>)[.. new DuckDbUserStore(db).Memberships(id).Where(m => workspaces.ContainsKey(m.WorkspaceId)).Select(m => (workspaces[m.WorkspaceId], m.Role))];
        }));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        refreshes.CompleteAdding();
        cache.Dispose();
    }

    /// <summary>A cached value, computed once, with its age (monotonic clock) and whether a refresh is under way.</summary>
    private sealed class Entry<T>(Func<T> build)
    {
        private readonly Lazy<T> value = new(build, LazyThreadSafetyMode.ExecutionAndPublication);
        private long computedAt;
        private int refreshing;

        public T Value
        {
            get
            {
                var result = value.Value;
                Interlocked.CompareExchange(ref computedAt, Environment.TickCount64, 0);
                return result;
            }
        }

        public TimeSpan Age => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref computedAt));

        public bool TryStartRefresh() => Interlocked.Exchange(ref refreshing, 1) == 0;

        public Entry<T> Computed()
        {
            _ = Value;
            return this;
        }
    }
}
