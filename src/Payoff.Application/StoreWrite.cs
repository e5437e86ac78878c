using Payoff.Core.Stores;

namespace Payoff.Application;

/// <summary>How a write handler uses its store: one session of its own, then <see cref="IStore.Changed"/> so cached figures are recomputed.</summary>
internal static class StoreWrite
{
    /// <summary>Runs <paramref name="write"/> in a new session of <paramref name="store"/> and tells the store it changed when <paramref name="changed"/> holds for the result (default: always).</summary>
    public static async Task<T> WriteAsync<T>(this IStore store, Func<IStoreSession, Task<T>> write, CancellationToken cancellationToken, Func<T, bool>? changed = null)
    {
        T result;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            result = await write(session);
        }

        if (changed?.Invoke(result) ?? true)
        {
            store.Changed();
        }

        return result;
    }
}
