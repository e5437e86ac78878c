using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using System.Threading.Channels;
using Microsoft.Extensions.Caching.Memory;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Web.Hosting;

namespace Payoff.Web.Components;

/// <summary>
/// Keeps the figures of recently shown report pages, so the people of an agency opening the same
/// overview do not each recompute a year of events, and a page already shown is served without
/// waiting for the database. An entry is keyed by the page, the workspace, the whole query string,
/// the workspace's today and the data version (<see cref="IStore.Version"/>): any write makes every
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
    private readonly Channel<Func<Task>> refreshes = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StoreGate gate;
    private readonly IStore store;
    private readonly WebOptions options;

    /// <summary>Starts the one loop that recomputes stale figures in the background, one at a time.</summary>
    /// <param name="store">The store the figures are read from.</param>
    /// <param name="gate">The same store, for the transitional synchronous members (issue 14: removed by the lead).</param>
    /// <param name="options">The service's options (its clock).</param>
    public DashboardCache(IStore store, StoreGate gate, WebOptions options)
    {
        this.gate = gate;
        this.store = store;
        this.options = options;
        _ = Task.Run(RefreshLoopAsync);
    }

    /// <summary>
    /// The scope and the model of a report page: the scope from the user's (cached) memberships, the
    /// model from the cache or computed by <paramref name="build"/> in a store session of its own; both null
    /// when the user is not a member of the workspace (the page answers 404).
    /// </summary>
    public async Task<(DashboardScope? Scope, T? Model)> PageAsync<T>(HttpContext context, string page, Func<DashboardScope, CancellationToken, Task<T>> build)
        where T : class?
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberships = await MembershipsAsync(context.User, context.RequestAborted).ConfigureAwait(false);
        var scope = DashboardScope.FromMemberships(memberships, context.Request.Query, options.Time);
        return scope is null ? (null, null) : (scope, await GetAsync(page, scope, build).ConfigureAwait(false));
    }

    /// <summary>The page's model for <paramref name="scope"/>, computed by <paramref name="build"/> (in a store session of its own) when not cached.</summary>
    public Task<T> GetAsync<T>(string page, DashboardScope scope, Func<DashboardScope, CancellationToken, Task<T>> build)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(build);
        return GetAsync($"{page}|{scope.Workspace.Id}|{scope.Today:yyyy-MM-dd}|{scope.CacheKey}", Lifetime, async cancellationToken =>
        {
            await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
            return await build(scope.With(session), cancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// A value under <paramref name="key"/> (the data version is added), fresh for <paramref name="lifetime"/>
    /// and then served once more while <paramref name="build"/> recomputes it in the background.
    /// <paramref name="build"/> opens its own store session (never call this inside one: sessions do not nest).
    /// The computation is shared by concurrent callers, so it is not cancelled by any one of them.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, TimeSpan lifetime, Func<CancellationToken, Task<T>> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        key = $"{store.Version}|{key}";
        var entry = cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromMinutes(10);
            return new Entry<T>(() => build(CancellationToken.None));
        })!;
        try
        {
            var value = await entry.ValueAsync().ConfigureAwait(false);
            if (entry.Age > lifetime && entry.TryStartRefresh())
            {
                refreshes.Writer.TryWrite(async () =>
                {
                    try
                    {
                        var fresh = new Entry<T>(() => build(CancellationToken.None));
                        await fresh.ValueAsync().ConfigureAwait(false);
                        cache.Set(key, fresh, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
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

    /// <summary>The data version values are kept under now (<see cref="IStore.Version"/>): read it before computing what <see cref="Keep"/> stores.</summary>
    public long DataVersion => store.Version;

    /// <summary>
    /// What <see cref="Keep"/> stored under <paramref name="key"/> for the current data version, while younger than
    /// <see cref="Lifetime"/> (tracked visits move figures without a write); else null. It never computes, so a page
    /// building in its own store session may ask, then keep what it computed itself.
    /// </summary>
    public T? Kept<T>(string key)
        where T : class =>
        cache.TryGetValue($"{store.Version}|{key}", out var found) && found is KeptValue<T> kept && TimeSpan.FromMilliseconds(Environment.TickCount64 - kept.At) <= Lifetime ? kept.Value : null;

    /// <summary>Keeps <paramref name="value"/>, computed from the data of <paramref name="version"/> (<see cref="DataVersion"/> read before), for <see cref="Kept"/>.</summary>
    public void Keep<T>(string key, long version, T value)
        where T : class =>
        cache.Set($"{version}|{key}", new KeptValue<T>(value, Environment.TickCount64), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    /// <summary>The signed-in user's workspaces and roles (by workspace name), from the cache or the store.</summary>
    public Task<IReadOnlyList<(Workspace Workspace, Role Role)>> MembershipsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (DashboardWorkspace.UserId(user) is not { } id)
        {
            return Task.FromResult<IReadOnlyList<(Workspace, Role)>>([]);
        }

        return GetAsync($"memberships|{id}", Lifetime, async ct =>
        {
            await using var session = await store.OpenSessionAsync(ct).ConfigureAwait(false);
            var workspaces = (await session.Workspaces.ListAsync(ct).ConfigureAwait(false)).ToDictionary(w => w.Id);
            var memberships = await session.Users.MembershipsAsync(id, ct).ConfigureAwait(false);
            return (IReadOnlyList<(Workspace, Role)>)[.. memberships.Where(m => workspaces.ContainsKey(m.WorkspaceId)).Select(m => (workspaces[m.WorkspaceId], m.Role))];
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        refreshes.Writer.TryComplete();
        cache.Dispose();
    }

    private async Task RefreshLoopAsync()
    {
        await foreach (var refresh in refreshes.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await refresh().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The server is stopping.
            }
        }
    }

    /// <summary>A value computed by a page and kept with when it was (monotonic clock).</summary>
    private sealed record KeptValue<T>(T Value, long At);

    /// <summary>A cached value, computed once, with its age (monotonic clock) and whether a refresh is under way.</summary>
    private sealed class Entry<T>(Func<Task<T>> build)
    {
        private readonly Lazy<Task<T>> value = new(build, LazyThreadSafetyMode.ExecutionAndPublication);
        private long computedAt;
        private int refreshing;

        public async Task<T> ValueAsync()
        {
            var result = await value.Value.ConfigureAwait(false);
            Interlocked.CompareExchange(ref computedAt, Environment.TickCount64, 0);
            return result;
        }

        public TimeSpan Age => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref computedAt));

        public bool TryStartRefresh() => Interlocked.Exchange(ref refreshing, 1) == 0;
    }
}
