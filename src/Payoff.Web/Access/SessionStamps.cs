using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Access;

/// <summary>
/// Server-side validity of dashboard sessions: a sign-in cookie carries the account's security stamp,
/// and every request checks it against the account's current stamp (cookie authentication's
/// <c>OnValidatePrincipal</c>). Sign-out, a new password and removal from a workspace renew the stamp,
/// which ends every session signed in before, a captured cookie included (issue 13 §4.3).
/// </summary>
/// <remarks>
/// Stamps are cached in memory so a request touches no database: the server holds the database file
/// alone, and every renewal goes through <see cref="Renew"/>, which updates the cache.
/// </remarks>
public sealed class SessionStamps(StoreGate gate)
{
    /// <summary>The claim that carries the stamp in the sign-in cookie.</summary>
    public const string Claim = "payoff:stamp";

    private readonly ConcurrentDictionary<long, string> stamps = new();

    /// <summary>Gives the account a new stamp (ending its sessions) inside the caller's store work; returns the stamp.</summary>
    public string Renew(DuckDbDatabase db, long userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = new DuckDbUserStore(db).RenewSecurityStamp(userId);
        stamps[userId] = stamp;
        return stamp;
    }

    /// <summary>Signs <paramref name="account"/> in on this browser with its current stamp.</summary>
    public Task SignInAsync(HttpContext context, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Email),
                new Claim(Claim, Current(account.Id) ?? string.Empty),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Ends the session of this browser and every other session of the same account.</summary>
    public Task SignOutEverywhereAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (UserId(context.User) is { } id)
        {
            gate.Run(db => Renew(db, id));
        }

        return context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Refuses a cookie whose stamp is not the account's current one (or that has none, or whose account is gone).</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(Claim);
        if (principal is not null && UserId(principal) is { } id && stamp is { Length: > 0 } && Current(id) is { } current
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(stamp), System.Text.Encoding.ASCII.GetBytes(current)))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private string? Current(long userId)
    {
        if (stamps.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var stored = gate.Run(db => new DuckDbUserStore(db).SecurityStamp(userId));
        if (stored is not null)
        {
            stamps[userId] = stored;
        }

        return stored;
    }

    private static long? UserId(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
