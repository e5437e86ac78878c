using System.Collections.Concurrent;
using Payoff.Core.Access;
using Payoff.Core.Stores;

namespace Payoff.Web.Access;

/// <summary>Finds live API keys by secret, caching hits for 30 seconds; revoking through the service forgets them at once.</summary>
public sealed class ApiKeyDirectory(IStore store, WebOptions options)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    /// <summary>The live key for <paramref name="secret"/>, or null.</summary>
    public async ValueTask<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken = default)
    {
        var now = options.Time.GetUtcNow();
        var hash = ApiKeySecret.Hash(secret);
        if (cache.TryGetValue(hash, out var hit) && hit.Until > now)
        {
            return hit.Key;
        }

        ApiKey? key;
        await using (var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false))
        {
            key = await session.ApiKeys.FindAsync(secret, cancellationToken).ConfigureAwait(false);
        }

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
