using System.Security.Cryptography;
using System.Text;

namespace Payoff.Core.Collect;

/// <summary>
/// The cookieless visitor id: HMAC-SHA256 keyed by a random daily salt over the site, the IP address
/// and the user agent, cut to 128 bits. Without the salt (deleted after 48 hours) the id cannot be
/// traced back to an IP address, and the same person gets a new id the next day.
/// </summary>
public static class VisitorHasher
{
    /// <summary>The prefix that marks hashed visitor ids, so they never collide with cookie ids.</summary>
    public const string Prefix = "h_";

    /// <summary>The visitor id for <paramref name="scope"/> (a site key or link workspace), IP and user agent under <paramref name="salt"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> salt, string scope, string ip, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(userAgent);
        var message = Encoding.UTF8.GetBytes($"{scope}\n{ip}\n{userAgent}");
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(salt, message, mac);
        return Prefix + Convert.ToHexStringLower(mac[..16]);
    }
}
