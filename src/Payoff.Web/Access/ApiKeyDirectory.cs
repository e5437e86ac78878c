using System.Collections.Concurrent;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Access;

/// <summary>Finds live API keys by secret, caching hits for 30 seconds; revoking through the service forgets them at once.</summary>
public sealed class ApiKeyDirectory(StoreGate gate, WebOptions options)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    /// <summary>The live key for <paramref name="secret"/>, or null.</summary>
    public ApiKey? Find(string secret)
    {
        var now = options.Time.GetUtcNow();
        var hash = ApiKeySecret.Hash(secret);
        if (cache.TryGetValue(hash, out var hit) && hit.Until > now)
        {
            return hit.Key;
        }

        var key = gate.Run(db => new DuckDbApiKeyStore(db).Find(secret));
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[hash] = (key, now + Ttl);
        return key;
    }

    /// <summary>Forgets every cached key.</summary>
    public void Forget() => cache.Clear();
}
