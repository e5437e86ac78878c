using System.Security.Cryptography;

namespace Payoff.Web.Links;

/// <summary>
/// Click references (<see cref="LinkRoute.ClickIdLength"/> lower-case hex digits): random bytes from the system's
/// cryptographic generator, drawn a block at a time per thread rather than one call per click.
/// </summary>
internal static class ClickIds
{
    private const int Bytes = LinkRoute.ClickIdLength / 2;
    private const int Block = 64 * Bytes;

    [ThreadStatic]
    private static byte[]? block;

    [ThreadStatic]
    private static int used;

    /// <summary>A new click reference.</summary>
    public static string Next()
    {
        var random = block ??= new byte[Block];
        if (used == 0)
        {
            RandomNumberGenerator.Fill(random);
        }

        var next = random.AsSpan(used, Bytes);
        var id = Convert.ToHexStringLower(next);
        // A reference's bytes are used once and not kept.
        next.Clear();
        used = (used + Bytes) % Block;
        return id;
    }
}
