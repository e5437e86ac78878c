using System.Security.Cryptography;
using System.Text;

namespace Payoff.Core.Conversations;

/// <summary>
/// An author's pseudonym: <c>a_</c> and the first 16 hex digits of HMAC-SHA256 over the handle (trimmed, a leading
/// <c>@</c> dropped, lower case), keyed with the workspace's own secret salt (<see cref="ConversationSettings.AuthorSalt"/>).
/// The same person gets the same pseudonym in every import of a workspace, so threads, advocates and erasure requests
/// still work, but the handle cannot be read back, nor matched across workspaces (GDPR Art. 4(5) pseudonymisation).
/// </summary>
public static class AuthorPseudonym
{
    /// <summary>The pseudonym of <paramref name="handle"/> under <paramref name="salt"/>; null for a null or blank handle.</summary>
    public static string? Of(ReadOnlySpan<byte> salt, string? handle)
    {
        if (Normalize(handle) is not { } normalized)
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normalized), hash);
        return "a_" + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Whether <paramref name="text"/> is written as a pseudonym (<c>a_</c> and 16 lower-case hex digits).</summary>
    public static bool IsPseudonym(string? text) =>
        text is { Length: 18 } && text.StartsWith("a_", StringComparison.Ordinal) && text[2..].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>The handle as it is hashed: trimmed, without a leading @, lower case; null when blank.</summary>
    public static string? Normalize(string? handle)
    {
        var trimmed = handle?.Trim().TrimStart('@').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }
}
