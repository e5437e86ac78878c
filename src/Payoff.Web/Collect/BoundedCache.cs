using System.Collections.Concurrent;

namespace Payoff.Web.Collect;

/// <summary>
/// A thread-safe memo of a pure function whose keys come from the internet, so it never holds more than
/// about <see cref="Capacity"/> entries: the add that takes it past the capacity starts it over empty.
/// </summary>
/// <remarks>
/// Starting over (rather than evicting the least recently used) keeps a hit a single lock-free lookup;
/// a stream of unique keys costs a recomputation per request, never memory. The count is kept beside the
/// dictionary (its own <c>Count</c> takes every lock), so concurrent adds may pass the capacity by at most
/// the number of threads adding at that moment.
/// </remarks>
/// <typeparam name="TKey">The key; its equality must be that of the function's input.</typeparam>
/// <typeparam name="TValue">The function's result.</typeparam>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly IEqualityComparer<TKey>? comparer;
    private ConcurrentDictionary<TKey, TValue> entries;
    private int count;

    /// <summary>A cache of at most <paramref name="capacity"/> entries.</summary>
    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        this.comparer = comparer;
        entries = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>The entries held now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The cached value of <paramref name="key"/>, or <paramref name="create"/>'s, which is then cached.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var map = Volatile.Read(ref entries);
        if (map.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key);
        if (map.TryAdd(key, value) && Interlocked.Increment(ref count) > Capacity)
        {
            Volatile.Write(ref entries, new ConcurrentDictionary<TKey, TValue>(comparer));
            Volatile.Write(ref count, 0);
        }

        return value;
    }
}
