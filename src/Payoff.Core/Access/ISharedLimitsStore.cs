namespace Payoff.Core.Access;

/// <summary>
/// What the sign-in throttle and the API's rate limit count in the store, so that several servers of one store apply one
/// limit rather than one each (issue 21 §6). A single server of the embedded file counts in memory and does not use it.
/// </summary>
public interface ISharedLimitsStore
{
    /// <summary>
    /// Records <paramref name="entry"/> and returns every entry of its address since <paramref name="since"/> in the order the
    /// store recorded them, up to and including this one. Every server reads the same order, so each replays the throttle's
    /// rules over the same history and reaches the same verdict for an attempt, whichever server took it.
    /// </summary>
    /// <exception cref="ArgumentException">The entry has no address or id.</exception>
    Task<IReadOnlyList<SignInEntry>> RecordSignInAsync(SignInEntry entry, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Counts one request of <paramref name="key"/> in the window starting at <paramref name="window"/> and returns the window's count, this request included.</summary>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    Task<long> CountRequestAsync(string key, DateTimeOffset window, CancellationToken cancellationToken = default);

    /// <summary>Deletes sign-in entries and request counts older than <paramref name="before"/>.</summary>
    Task PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

/// <summary>One sign-in attempt (counted when it starts) or one success.</summary>
/// <param name="Ip">The client's address.</param>
/// <param name="Email">The account's e-mail address as typed (lower case).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Succeeded">True for a success (it clears the account's failures from that address), false for an attempt.</param>
/// <param name="Id">A unique id of the entry.</param>
public sealed record SignInEntry(string Ip, string Email, DateTimeOffset At, bool Succeeded, string Id);
