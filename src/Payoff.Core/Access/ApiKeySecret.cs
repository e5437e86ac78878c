using System.Security.Cryptography;
using System.Text;

namespace Payoff.Core.Access;

/// <summary>Makes and recognises API key secrets: <c>pk_</c> and 32 random bytes (256 bits) in base64url.</summary>
/// <remarks>
/// A secret has full entropy, so a plain SHA-256 is the right stored form (a password hash adds
/// nothing against brute force of 256 random bits and would slow every request).
/// </remarks>
public static class ApiKeySecret
{
    /// <summary>The prefix every secret starts with, so leaked keys are easy to scan for.</summary>
    public const string Prefix = "pk_";

    /// <summary>A new random secret.</summary>
    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="secret"/>: lower-case hex SHA-256.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The part of a secret shown in lists.</summary>
    public static string Display(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret[..Math.Min(secret.Length, 10)];
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
