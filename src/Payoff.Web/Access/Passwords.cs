using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Payoff.Core.Access;

namespace Payoff.Web.Access;

/// <summary>
/// Passwords of dashboard accounts, with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with a random salt, its iteration count upgraded on sign-in) — no hand-made cryptography.
/// </summary>
public static class Passwords
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 10;

    /// <summary>The longest password accepted (hashing a megabyte is a denial of service).</summary>
    public const int MaxLength = 128;

    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // An account nobody has, hashed once like a real password, for VerifyNobody.
    private static readonly UserAccount Nobody = new(0, string.Empty, Hasher.HashPassword(null!, Generate()), DateTimeOffset.UnixEpoch);

    /// <summary>Why <paramref name="password"/> is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or { Length: < MinLength } => $"The password must have at least {MinLength} characters.",
        { Length: > MaxLength } => $"The password may have at most {MaxLength} characters.",
        _ => null,
    };

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Hasher.HashPassword(null!, password);
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="user"/>'s hash; <paramref name="rehash"/> is a stronger hash to store, when one is due.</summary>
    public static bool Verify(UserAccount user, string password, out string? rehash)
    {
        ArgumentNullException.ThrowIfNull(user);
        rehash = null;
        if (password is null || password.Length > MaxLength)
        {
            return false;
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehash = Hasher.HashPassword(user, password);
        }

        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>
    /// Does the work of <see cref="Verify"/> for an e-mail that has no account, so the answer takes
    /// as long as for a wrong password of a real account and timing does not tell which e-mails have
    /// one (issue 13 §4.4). Always false.
    /// </summary>
    public static bool VerifyNobody(string? password)
    {
        if (password is { Length: <= MaxLength })
        {
            Hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password);
        }

        return false;
    }

    /// <summary>A random password of 20 characters from a 57-letter alphabet (about 117 bits).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
