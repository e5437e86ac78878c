using System.Collections.Concurrent;
using Payoff.Core.Collect;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>
/// Cookieless visitor ids: <see cref="VisitorHasher"/> under the UTC day's random salt. A visitor
/// seen under yesterday's salt within the last two hours keeps yesterday's id, so a visit across
/// midnight stays one visitor. Salts live in the store (all nodes agree) and are deleted after 48
/// hours; this process keeps them in memory for the day.
/// </summary>
public sealed class VisitorIdentity(StoreGate gate, WebOptions options)
{
    private static readonly TimeSpan Continuity = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<DateOnly, byte[]> salts = new();
    private readonly ConcurrentDictionary<string, long> recent = new(StringComparer.Ordinal);
    private long lastPrune;

    /// <summary>The visitor id of <paramref name="ip"/> and <paramref name="userAgent"/> in <paramref name="scope"/> now.</summary>
    public string Resolve(string scope, string ip, string userAgent)
    {
        var now = options.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        PruneIfDue(now, today);
        var id = VisitorHasher.Hash(Salt(today), scope, ip, userAgent);
        if (!recent.ContainsKey(id))
        {
            var yesterday = VisitorHasher.Hash(Salt(today.AddDays(-1)), scope, ip, userAgent);
            if (recent.TryGetValue(yesterday, out var seen) && now.UtcTicks - seen < Continuity.Ticks)
            {
                id = yesterday;
            }
        }

        recent[id] = now.UtcTicks;
        return id;
    }

    private byte[] Salt(DateOnly day) => salts.GetOrAdd(day, d => gate.Run(db => new DuckDbSaltStore(db).Get(d)));

    private void PruneIfDue(DateTimeOffset now, DateOnly today)
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

        gate.Run(db => new DuckDbSaltStore(db).Prune(today));
    }
}
