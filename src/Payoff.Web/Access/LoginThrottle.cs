using System.Collections.Concurrent;
using Payoff.Core.Access;
using Payoff.Core.Stores;

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
/// <param name="options">The service's options (its clock; with a ClickHouse <see cref="WebOptions.Store"/> the throttle is shared).</param>
/// <param name="store">The store whose <see cref="ISharedLimitsStore"/> the nodes of a shared store count in; null counts in memory.</param>
public sealed class LoginThrottle(WebOptions options, IStore? store = null)
{
    /// <summary>How far back a shared throttle reads an address's history: a day (a run of failures older than that is forgotten).</summary>
    public static readonly TimeSpan SharedHistory = TimeSpan.FromDays(1);

    /// <summary>
    /// <see cref="TryBegin"/> for every server of the store at once when several serve it (a ClickHouse store): the attempt is
    /// recorded in the store, which returns the address's history in the order it recorded it, and the rules below are
    /// replayed over that history — the same verdict on every node, the attempts of all nodes counted together. Otherwise
    /// the in-memory <see cref="TryBegin"/>.
    /// </summary>
    public async ValueTask<TimeSpan?> TryBeginAsync(string ip, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(email);
        if (!Shared)
        {
            return TryBegin(ip, email);
        }

        var now = options.Time.GetUtcNow();
        var entry = new SignInEntry(ip, email, now, Succeeded: false, Guid.NewGuid().ToString("N"));
        await using var session = await store!.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var history = await session.Limits.RecordSignInAsync(entry, now - SharedHistory, cancellationToken).ConfigureAwait(false);
        return Replay(history, entry.Id, now);
    }

    /// <summary><see cref="Succeeded"/> for every server of a shared store (recorded in it), else in memory.</summary>
    public async ValueTask SucceededAsync(string ip, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(email);
        if (!Shared)
        {
            Succeeded(ip, email);
            return;
        }

        var now = options.Time.GetUtcNow();
        await using var session = await store!.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.Limits.RecordSignInAsync(new SignInEntry(ip, email, now, Succeeded: true, Guid.NewGuid().ToString("N")), now, cancellationToken).ConfigureAwait(false);
    }

    private bool Shared => store is not null && options.Store is not null;

    /// <summary>
    /// The verdict of attempt <paramref name="id"/>: the rules of <see cref="TryBegin"/> and <see cref="Succeeded"/> applied to
    /// one address's entries in the order recorded (an attempt refused is not a failure; a success clears its account's
    /// failures and gives the address one back). The wait is counted from <paramref name="now"/>.
    /// </summary>
    internal static TimeSpan? Replay(IReadOnlyList<SignInEntry> history, string id, DateTimeOffset now)
    {
        var pairs = new Dictionary<string, Counter>(StringComparer.Ordinal);
        var address = new Counter();
        foreach (var entry in history)
        {
            if (entry.Succeeded)
            {
                pairs.Remove(entry.Email);
                address.Failures = Math.Max(0, address.Failures - 1);
                continue;
            }

            var pair = pairs.TryGetValue(entry.Email, out var known) ? known : pairs[entry.Email] = new Counter();
            var wait = Max(pair.Wait(entry.At, FreeAttempts), address.Wait(entry.At, MaxAddressFailures));
            if (wait is null)
            {
                pair.Fail(entry.At);
                address.Fail(entry.At);
            }

            if (entry.Id == id)
            {
                return wait is null ? null : wait - (now - entry.At);
            }
        }

        throw new InvalidOperationException($"The attempt {id} is not in the history the store returned.");
    }

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
