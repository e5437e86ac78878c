using System.Collections.Concurrent;
using Payoff.Core.Collect;
using Payoff.Core.Stores;

namespace Payoff.Web.Collect;

/// <summary>
/// Cookieless visitor ids: <see cref="VisitorHasher"/> under the UTC day's random salt. A visitor
/// seen under yesterday's salt within the last two hours keeps yesterday's id, so a visit across
/// midnight stays one visitor. Salts live in the store (all nodes agree) and are deleted after 48
/// hours; this process keeps them in memory for the day.
/// </summary>
public sealed class VisitorIdentity(IStore store, WebOptions options)
{
    private static readonly TimeSpan Continuity = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<DateOnly, byte[]> salts = new();
    private readonly ConcurrentDictionary<string, long> recent = new(StringComparer.Ordinal);
    private long lastPrune;

    /// <summary>The visitor id of <paramref name="ip"/> and <paramref name="userAgent"/> in <paramref name="scope"/> now.</summary>
    public async ValueTask<string> ResolveAsync(string scope, string ip, string userAgent, CancellationToken cancellationToken = default)
    {
        var now = options.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await PruneIfDueAsync(now, today, cancellationToken).ConfigureAwait(false);
        var id = VisitorHasher.Hash(await SaltAsync(today, cancellationToken).ConfigureAwait(false), scope, ip, userAgent);
        if (!recent.ContainsKey(id))
        {
            var yesterday = VisitorHasher.Hash(await SaltAsync(today.AddDays(-1), cancellationToken).ConfigureAwait(false), scope, ip, userAgent);
            if (recent.TryGetValue(yesterday, out var seen) && now.UtcTicks - seen < Continuity.Ticks)
            {
                id = yesterday;
            }
        }

        recent[id] = now.UtcTicks;
        return id;
    }

    private async ValueTask<byte[]> SaltAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (salts.TryGetValue(day, out var salt))
        {
            return salt;
        }

        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        // The store keeps the day's first salt, so two callers racing here read the same one.
        return salts.GetOrAdd(day, await session.Salts.GetAsync(day, cancellationToken).ConfigureAwait(false));
    }

    private async Task PruneIfDueAsync(DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref lastPrune);
        if (now.UtcTicks - last < TimeSpan.FromMinutes(1).Ticks || Interlocked.CompareExchange(ref lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (id, seen) in recent)
        {
            if (now.UtcTicks - seen > Continuity.Ticks)
            {
                recent.TryRemove(id, out _);
            }
        }

        foreach (var day in salts.Keys.Where(d => d < today.AddDays(-1)))
        {
            salts.TryRemove(day, out _);
        }

        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.Salts.PruneAsync(today, cancellationToken).ConfigureAwait(false);
    }
}
