using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Payoff.Core.Collect;

/// <summary>
/// The cookieless visitor id: HMAC-SHA256 keyed by a random daily salt over the site, the IP address
/// and the user agent, cut to 128 bits. Without the salt (deleted after 48 hours) the id cannot be
/// traced back to an IP address, and the same person gets a new id the next day.
/// </summary>
/// <remarks>
/// Each thread keeps a keyed HMAC for the last two salts it used (today's and yesterday's), so a hash costs the
/// digest alone rather than setting up a new HMAC each time; the ids are those of a one-shot HMAC.
/// </remarks>
public static class VisitorHasher
{
    /// <summary>The prefix that marks hashed visitor ids, so they never collide with cookie ids.</summary>
    public const string Prefix = "h_";

    private const int StackMessage = 1024;

    [ThreadStatic]
    private static Keyed? recent;

    [ThreadStatic]
    private static Keyed? older;

    /// <summary>The visitor id for <paramref name="scope"/> (a site key or link workspace), IP and user agent under <paramref name="salt"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> salt, string scope, string ip, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(userAgent);
        var length = Encoding.UTF8.GetMaxByteCount(scope.Length + ip.Length + userAgent.Length + 2);
        byte[]? rented = null;
        var message = length <= StackMessage ? stackalloc byte[StackMessage] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            // The UTF-8 of "{scope}\n{ip}\n{userAgent}", piece by piece: the same bytes as encoding the joined string.
            var written = Encoding.UTF8.GetBytes(scope, message);
            message[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(ip, message[written..]);
            message[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(userAgent, message[written..]);
            var mac = MacFor(salt);
            mac.AppendData(message[..written]);
            Span<byte> digest = stackalloc byte[32];
            mac.GetHashAndReset(digest);
            Span<char> id = stackalloc char[Prefix.Length + 32];
            Prefix.CopyTo(id);
            Convert.TryToHexStringLower(digest[..16], id[Prefix.Length..], out _);
            return new string(id);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>This thread's HMAC keyed by <paramref name="salt"/>, made when neither of its last two salts is it.</summary>
    private static IncrementalHash MacFor(ReadOnlySpan<byte> salt)
    {
        if (recent is { } first && salt.SequenceEqual(first.Salt))
        {
            return first.Mac;
        }

        if (older is { } second && salt.SequenceEqual(second.Salt))
        {
            (recent, older) = (second, recent);
            return second.Mac;
        }

        older?.Mac.Dispose();
        older = recent;
        recent = new Keyed(salt.ToArray(), IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, salt));
        return recent.Mac;
    }

    private sealed record Keyed(byte[] Salt, IncrementalHash Mac);
}
