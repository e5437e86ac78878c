using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Payoff.Core.Access;
using Payoff.Core.Stores;

namespace Payoff.Web.Access;

/// <summary>
/// Server-side validity of dashboard sessions: a sign-in cookie carries the account's security stamp,
/// and every request checks it against the account's current stamp (cookie authentication's
/// <c>OnValidatePrincipal</c>). Sign-out, a new password and removal from a workspace renew the stamp,
/// which ends every session signed in before, a captured cookie included (issue 13 §4.3).
/// </summary>
/// <remarks>
/// Stamps are cached in memory so a request touches no database: the server holds the database file
/// alone, and every renewal goes through <see cref="RenewAsync"/>, which updates the cache.
/// </remarks>
public sealed class SessionStamps(IStore store)
{
    /// <summary>The claim that carries the stamp in the sign-in cookie.</summary>
    public const string Claim = "payoff:stamp";

    private readonly ConcurrentDictionary<long, string> stamps = new();

    /// <summary>Gives the account a new stamp (ending its sessions) inside the caller's store session; returns the stamp.</summary>
    public async Task<string> RenewAsync(IStoreSession session, long userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var stamp = await session.Users.RenewSecurityStampAsync(userId, cancellationToken).ConfigureAwait(false);
        stamps[userId] = stamp;
        return stamp;
    }

    /// <summary>Forgets the cached stamp of <paramref name="userId"/> (after its stamp was renewed by an application handler), so the next request reads the stored one.</summary>
    public void Forget(long userId) => stamps.TryRemove(userId, out _);

    /// <summary>Signs <paramref name="account"/> in on this browser with its current stamp (opens a store session when it is not cached: call it outside one).</summary>
    public async Task SignInAsync(HttpContext context, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var current = await CurrentAsync(account.Id).ConfigureAwait(false);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Email),
                new Claim(Claim, current ?? string.Empty),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
    }

    /// <summary>Ends the session of this browser and every other session of the same account.</summary>
    public async Task SignOutEverywhereAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UserId(context.User) is { } id)
        {
            await using var session = await store.OpenSessionAsync(context.RequestAborted).ConfigureAwait(false);
            await RenewAsync(session, id, context.RequestAborted).ConfigureAwait(false);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
    }

    /// <summary>Refuses a cookie whose stamp is not the account's current one (or that has none, or whose account is gone).</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(Claim);
        if (principal is not null && UserId(principal) is { } id && stamp is { Length: > 0 } && await CurrentAsync(id).ConfigureAwait(false) is { } current
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(stamp), System.Text.Encoding.ASCII.GetBytes(current)))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
    }

    private async ValueTask<string?> CurrentAsync(long userId)
    {
        if (stamps.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        string? stored;
        await using (var session = await store.OpenSessionAsync().ConfigureAwait(false))
        {
            stored = await session.Users.SecurityStampAsync(userId).ConfigureAwait(false);
        }

        if (stored is not null)
        {
            stamps[userId] = stored;
        }

        return stored;
    }

    private static long? UserId(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
