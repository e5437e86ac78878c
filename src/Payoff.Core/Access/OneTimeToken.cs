using System.Security.Cryptography;
using System.Text;

namespace Payoff.Core.Access;

/// <summary>
/// The token of a one-time link (an invitation or a password reset): a public selector (64 random
/// bits, hex) that finds the stored row, a dot, and a secret (256 random bits, base64url) of which only
/// the SHA-256 is stored and which is compared in constant time.
/// </summary>
/// <remarks>
/// The secret has full entropy, so a plain SHA-256 is the right stored form (as for API keys); keeping
/// the lookup on the selector means the secret's hash is never used as a search key, so no timing of
/// the lookup tells anything about it.
/// </remarks>
/// <param name="Selector">The stored, public half: 16 lower-case hex characters.</param>
/// <param name="Secret">The private half: 43 base64url characters, shown once in the link.</param>
public sealed record OneTimeToken(string Selector, string Secret)
{
    /// <summary>The token as written in the link: <c>SELECTOR.SECRET</c>.</summary>
    public string Value => $"{Selector}.{Secret}";

    /// <summary>A new random token.</summary>
    public static OneTimeToken New() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), ApiKeySecret.Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Splits a link's token into its halves; null when it does not have the shape of one.</summary>
    public static OneTimeToken? Parse(string? value)
    {
        var dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (value is null || dot != 16 || value.Length > 100 || !value[..16].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return new OneTimeToken(value[..16], value[17..]);
    }

    /// <summary>The stored form of <see cref="Secret"/>: lower-case hex SHA-256.</summary>
    public string SecretHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    /// <summary>Whether this token's secret is the one whose hash is <paramref name="storedHash"/> (constant time).</summary>
    public bool Matches(string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(SecretHash), Encoding.ASCII.GetBytes(storedHash));
    }
}
