using System.Collections.Concurrent;

namespace Payoff.Web.Access;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed sign-ins within
/// <see cref="Window"/> from one address or for one account, further attempts are refused until the
/// oldest failure leaves the window. A success clears the account's and the address's failures.
/// </summary>
public sealed class LoginThrottle(WebOptions options)
{
    /// <summary>Failures allowed within the window.</summary>
    public const int MaxFailures = 5;

    /// <summary>The window failures are counted in.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="ip"/> or <paramref name="email"/> must wait, or null when they may try.</summary>
    public TimeSpan? Blocked(string ip, string email)
    {
        var now = options.Time.GetUtcNow();
        var waits = new[] { $"ip:{ip}", $"user:{email}" }.Select(key => Wait(key, now)).OfType<TimeSpan>().ToList();
        return waits.Count == 0 ? null : waits.Max();
    }

    /// <summary>Records a failed attempt.</summary>
    public void Failed(string ip, string email)
    {
        var now = options.Time.GetUtcNow();
        foreach (var key in new[] { $"ip:{ip}", $"user:{email}" })
        {
            var queue = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                queue.Enqueue(now);
            }
        }
    }

    /// <summary>Clears the failures of a successful sign-in.</summary>
    public void Succeeded(string ip, string email)
    {
        failures.TryRemove($"ip:{ip}", out _);
        failures.TryRemove($"user:{email}", out _);
    }

    private TimeSpan? Wait(string key, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > Window)
            {
                queue.Dequeue();
            }

            return queue.Count >= MaxFailures ? Window - (now - queue.Peek()) : null;
        }
    }
}
