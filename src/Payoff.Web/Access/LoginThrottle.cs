using System.Collections.Concurrent;

namespace Payoff.Web.Access;

/// <summary>
/// Slows password guessing without locking anyone out (issue 13 §4.4). Failures are counted per
/// account and address together: guesses from one address never lock the account for its owner
/// elsewhere. The first <see cref="FreeAttempts"/> failures cost nothing; each further one doubles the
/// wait before the next attempt (1 s, 2 s, 4 s … at most <see cref="MaxWait"/>). Failures are forgotten
/// <see cref="Window"/> after the last one, and a success clears its own account and address only.
/// </summary>
/// <remarks>
/// An attempt is counted when it starts (<see cref="TryBegin"/>, under a lock), not when its password
/// check ends, so parallel attempts cannot all slip through before the first failure is recorded.
/// One address also has a budget of <see cref="MaxAddressFailures"/> failures over all accounts in the
/// window (guessing one password for many accounts), which a success does not clear.
/// </remarks>
public sealed class LoginThrottle(WebOptions options)
{
    /// <summary>Failures of one account from one address before any wait.</summary>
    public const int FreeAttempts = 5;

    /// <summary>Failures from one address, over all accounts, before that address waits too.</summary>
    public const int MaxAddressFailures = 50;

    /// <summary>How long failures are remembered after the last one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts a sign-in attempt of <paramref name="email"/> from <paramref name="ip"/>: null when it may
    /// go ahead (and then it counts as a failure until <see cref="Succeeded"/>), else how long to wait.
    /// </summary>
    public TimeSpan? TryBegin(string ip, string email)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(email);
        var now = options.Time.GetUtcNow();
        Forget(now);
        var pair = counters.GetOrAdd(PairKey(ip, email), _ => new Counter());
        var address = counters.GetOrAdd($"ip:{ip}", _ => new Counter());
        lock (address)
        {
            lock (pair)
            {
                var wait = Max(pair.Wait(now, FreeAttempts), address.Wait(now, MaxAddressFailures));
                if (wait is not null)
                {
                    return wait;
                }

                pair.Fail(now);
                address.Fail(now);
                return null;
            }
        }
    }

    /// <summary>Clears the failures of <paramref name="email"/> from <paramref name="ip"/> after a successful sign-in (the address's budget over all accounts stays).</summary>
    public void Succeeded(string ip, string email)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(email);
        counters.TryRemove(PairKey(ip, email), out _);
        if (counters.TryGetValue($"ip:{ip}", out var address))
        {
            lock (address)
            {
                // The attempt that succeeded was counted as a failure when it began.
                address.Failures = Math.Max(0, address.Failures - 1);
            }
        }
    }

    private static string PairKey(string ip, string email) => $"pair:{ip}\n{email}";

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    // Keeps memory bounded when many addresses or e-mails are tried.
    private void Forget(DateTimeOffset now)
    {
        if (counters.Count < 10_000)
        {
            return;
        }

        foreach (var (key, counter) in counters)
        {
            if (now - counter.Last > Window)
            {
                counters.TryRemove(key, out _);
            }
        }
    }

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset Last { get; private set; }

        public TimeSpan? Wait(DateTimeOffset now, int free)
        {
            if (now - Last > Window)
            {
                Failures = 0;
            }

            if (Failures < free)
            {
                return null;
            }

            var doubling = Math.Min(Failures - free, 20);
            var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, doubling), MaxWait.TotalSeconds));
            var until = Last + wait;
            return now < until ? until - now : null;
        }

        public void Fail(DateTimeOffset now)
        {
            Failures++;
            Last = now;
        }
    }
}
